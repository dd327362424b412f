package com.spinedesk.homecare.application;

import com.spinedesk.homecare.domain.SheetContent;
import com.spinedesk.platform.application.FieldsRefused.FieldProblem;
import java.util.List;

/**
 * The sheet as it would print with the choices on screen, for the preview beside them. Choices that
 * could not be issued come back as problems rather than as a refusal: the clinician is still
 * typing, and the screen keeps showing the last sheet that could be printed.
 *
 * @param problems what is wrong with the choices, each under its field; empty when laid out
 * @param notices what the clinician must know about the sheet (never printed)
 * @param markup the page's content as escaped markup; null when there are problems
 */
public record SheetPreview(
    List<FieldProblem> problems, List<SheetContent.Notice> notices, String markup) {

  public SheetPreview {
    problems = List.copyOf(problems);
    notices = List.copyOf(notices);
  }

  static SheetPreview notLaidOut(List<FieldProblem> problems) {
    return new SheetPreview(problems, List.of(), null);
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }
}
