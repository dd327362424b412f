package com.spinedesk.intake.web;

import com.spinedesk.intake.application.IntakeForm;
import com.spinedesk.intake.domain.AnswerOption;
import com.spinedesk.intake.domain.Answers;
import com.spinedesk.intake.domain.Item;
import com.spinedesk.intake.domain.Page;
import com.spinedesk.intake.domain.Questionnaire;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.web.Feedback;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An intake's answers as people read them: per page, each shown question with its answer in words.
 * The patient's review before submitting and the staff's overview show the same sheet.
 */
public final class AnswerSheet {

  private AnswerSheet() {}

  /** A page with its answers; {@code responseId} and {@code pageLinkId} lead back to it. */
  public record PageAnswers(
      long responseId, String pageLinkId, String questionnaire, String title, List<QA> answers)
      implements Serializable {}

  /** A question and its answer. */
  public record QA(String question, String answer, boolean answered) implements Serializable {}

  public static List<PageAnswers> of(IntakeForm form, Language language) {
    List<PageAnswers> pages = new ArrayList<>();
    for (IntakeForm.Section section : form.sections()) {
      Questionnaire q = section.questionnaire();
      Answers answers = section.answers();
      for (Page page : q.pages()) {
        List<QA> qas = new ArrayList<>();
        for (Item item : page.items()) {
          if (q.isShown(item, answers)) {
            Object value = answers.get(item.linkId());
            qas.add(
                new QA(item.text().in(language), display(item, value, language), value != null));
          }
        }
        pages.add(
            new PageAnswers(
                section.responseId(),
                page.linkId(),
                q.title().in(language),
                page.title() == null ? "" : page.title().in(language),
                qas));
      }
    }
    return pages;
  }

  private static String display(Item item, Object value, Language language) {
    if (value == null) {
      return Feedback.text("intake.notAnswered");
    }
    return switch (item.type()) {
      case BOOLEAN -> Feedback.text(Boolean.TRUE.equals(value) ? "intake.yes" : "intake.no");
      case CHOICE -> optionText(item, String.valueOf(value), language);
      case MULTI_CHOICE ->
          String.join(
              ", ",
              ((Collection<?>) value)
                  .stream().map(code -> optionText(item, String.valueOf(code), language)).toList());
      case DATE ->
          ((LocalDate) value)
              .format(
                  DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                      .withLocale(language.locale()));
      default -> String.valueOf(value);
    };
  }

  private static String optionText(Item item, String code, Language language) {
    return item.option(code).map(AnswerOption::display).map(t -> t.in(language)).orElse(code);
  }
}
