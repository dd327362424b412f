/**
 * Intake screens: today's worklist, an intake's overview with the tablet code and the risk profile,
 * the page-by-page questionnaire at the desk, and the tablet's kiosk screens.
 */
package com.spinedesk.intake.web;
