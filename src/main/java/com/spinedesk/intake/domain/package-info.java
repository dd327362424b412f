/**
 * Questionnaires as data: pages, items, the conditions that show them, the checks on answers and
 * the scoring rules, free of persistence and JSON so the rules can be tested on their own.
 */
package com.spinedesk.intake.domain;
