package com.spinedesk.testsupport;

import com.spinedesk.intake.application.DemoIntakes;
import com.spinedesk.intake.application.IntakeForm;
import com.spinedesk.intake.domain.Page;
import java.util.List;
import java.util.Map;

/**
 * Answers every page of an intake the plainest valid way (as the demo data does), with chosen
 * answers for named items, honouring the conditions so only shown items are sent. It talks to the
 * service through {@link PageSaver}, so the same filling works at the desk and on the tablet.
 */
public final class IntakeFiller {

  private IntakeFiller() {}

  /** Saves one page through whichever service the test uses. */
  @FunctionalInterface
  public interface PageSaver {
    IntakeForm save(long responseId, String pageLinkId, Map<String, List<String>> raw)
        throws Exception;
  }

  public static IntakeForm fillAll(
      IntakeForm form, Map<String, List<String>> chosen, PageSaver saver) throws Exception {
    IntakeForm current = form;
    for (int s = 0; s < current.sections().size(); s++) {
      for (Page page : current.sections().get(s).questionnaire().pages()) {
        IntakeForm.Section section = current.sections().get(s);
        current = saver.save(section.responseId(), page.linkId(), rawFor(section, page, chosen));
      }
    }
    return current;
  }

  /** The raw answers of one page: chosen ones where given, the plainest valid one otherwise. */
  public static Map<String, List<String>> rawFor(
      IntakeForm.Section section, Page page, Map<String, List<String>> chosen) {
    return DemoIntakes.sampleAnswers(section.questionnaire(), page, section.answers(), chosen);
  }
}
