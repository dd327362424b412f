package com.spinedesk.it;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Answers questionnaire pages in the browser the way a person does: question by question, waiting
 * for follow-up questions to appear. Unless told otherwise it answers "no", the first option, the
 * lowest number or 3 on a scale.
 */
public final class QuestionnaireSteps {

  private QuestionnaireSteps() {}

  /**
   * The id of the first question on the page with no answer yet, or null: asked of the page in one
   * script, since asking element by element costs a browser round trip per input.
   */
  private static final String FIRST_UNANSWERED =
      "var questions = document.querySelectorAll('.question');"
          + "for (var i = 0; i < questions.length; i++) {"
          + "  var q = questions[i];"
          + "  var choices = q.querySelectorAll('input[type=radio], input[type=checkbox]');"
          + "  if (choices.length) {"
          + "    if (!Array.prototype.some.call(choices, function (c) { return c.checked; })) {"
          + "      return q.id;"
          + "    }"
          + "  } else {"
          + "    var field = q.querySelector('input, textarea');"
          + "    if (field && !field.value) { return q.id; }"
          + "  }"
          + "}"
          + "return null;";

  /** Answers every unanswered question on the page; {@code chosen} maps linkId to answer value. */
  public static void answerPage(Browser browser, Map<String, String> chosen) {
    String last = null;
    for (int guard = 0; guard < 80; guard++) {
      String id = (String) browser.script(FIRST_UNANSWERED);
      if (id == null) {
        return;
      }
      String linkId = id.substring(2);
      if (linkId.equals(last)) {
        throw new AssertionError("The answer to " + linkId + " did not stick");
      }
      last = linkId;
      answer(browser, browser.byId(id), chosen.get(linkId));
    }
    throw new AssertionError("Questions kept appearing unanswered on this page");
  }

  private static void answer(Browser browser, WebElement question, String value) {
    List<WebElement> radios = question.findElements(By.cssSelector("input[type=radio]"));
    List<WebElement> boxes = question.findElements(By.cssSelector("input[type=checkbox]"));
    boolean scale = !question.findElements(By.cssSelector(".answer-scale")).isEmpty();
    if (!radios.isEmpty() || !boxes.isEmpty()) {
      List<WebElement> options = radios.isEmpty() ? boxes : radios;
      String wanted = value != null ? value : (scale ? "3" : "false");
      // One lookup by value, not a round trip to the browser per option (a scale has eleven).
      List<WebElement> wantedOption =
          question.findElements(
              By.cssSelector(
                  "input[type=radio][value='"
                      + wanted
                      + "'], input[type=checkbox][value='"
                      + wanted
                      + "']"));
      WebElement choice = wantedOption.isEmpty() ? options.get(0) : wantedOption.get(0);
      // Click the label: that is what a finger on a tablet hits.
      question
          .findElement(By.cssSelector("label[for='" + choice.getAttribute("id") + "']"))
          .click();
      if (!scale) {
        browser.waitUntilReplaced(question, Duration.ofSeconds(10));
      }
      return;
    }
    WebElement field = question.findElement(By.cssSelector("input, textarea"));
    String type = field.getDomProperty("type");
    if ("date".equals(type)) {
      String date = value != null ? value : LocalDate.now().minusDays(10).toString();
      browser.script("arguments[0].value = arguments[1];", field, date);
    } else if ("number".equals(type)) {
      field.sendKeys(value != null ? value : "1");
    } else {
      field.sendKeys(value != null ? value : "ninguno");
    }
  }
}
