/**
 * Intake domain: questionnaires as data (pages, items, the conditions that show them, the checks on
 * answers, the scoring rules), the intakes patients answer with their responses and tablet codes,
 * the clinical catalogues, and the risk profile computed from the answers.
 */
package com.spinedesk.intake.domain;
