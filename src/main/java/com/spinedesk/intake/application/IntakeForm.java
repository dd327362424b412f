package com.spinedesk.intake.application;

import com.spinedesk.intake.domain.Answers;
import com.spinedesk.intake.domain.IntakeStatus;
import com.spinedesk.intake.domain.Questionnaire;
import com.spinedesk.platform.domain.Language;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * Everything a questionnaire screen needs to show an intake: its questionnaires in order, with the
 * answers saved so far. It holds no patient data beyond what the answers themselves are.
 */
public record IntakeForm(
    long intakeId, IntakeStatus status, Language language, long version, List<Section> sections)
    implements Serializable {

  /** One questionnaire of the intake and its saved answers. */
  public record Section(
      long responseId, Questionnaire questionnaire, Answers answers, Set<String> pagesSaved)
      implements Serializable {}
}
