/**
 * Questionnaire definitions and answers as JSON: {@link
 * com.spinedesk.intake.application.DefinitionReader} reads and checks the files of {@code
 * seeds/questionnaires/}, {@link com.spinedesk.intake.application.AnswersJson} stores answers.
 */
package com.spinedesk.intake.application;
