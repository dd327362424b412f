/**
 * Intake services: reading and storing questionnaire definitions and catalogues, starting and
 * answering intakes at the desk and on the tablet, submission with the risk profile, review,
 * correction, and the demo day's intakes. Answers are stored as JSON ({@link
 * com.spinedesk.intake.application.AnswersJson}).
 */
package com.spinedesk.intake.application;
