package com.spinedesk.intake.application;

import com.spinedesk.intake.domain.Problem;
import com.spinedesk.platform.application.RequestRefused;
import java.io.Serial;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers that cannot be stored as they are: each problem names its item, so the form can show the
 * message beside it. Nothing of the page (or the submission) was stored.
 */
public class AnswersRefused extends RequestRefused {
  @Serial private static final long serialVersionUID = 1L;

  private final long responseId;
  private final ArrayList<Problem> problems;

  public AnswersRefused(long responseId, List<Problem> problems) {
    super("intake.answersRefused", problems.size());
    this.responseId = responseId;
    this.problems = new ArrayList<>(problems);
  }

  /** Which questionnaire of the intake the problems are in. */
  public long responseId() {
    return responseId;
  }

  public List<Problem> problems() {
    return List.copyOf(problems);
  }
}
