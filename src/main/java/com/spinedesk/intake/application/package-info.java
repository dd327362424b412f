/**
 * Questionnaire definitions as JSON: {@link com.spinedesk.intake.application.DefinitionReader}
 * reads and checks the files of {@code seeds/questionnaires/}.
 */
package com.spinedesk.intake.application;
