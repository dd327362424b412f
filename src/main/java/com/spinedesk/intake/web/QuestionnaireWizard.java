package com.spinedesk.intake.web;

import com.spinedesk.intake.application.AnswersRefused;
import com.spinedesk.intake.application.IntakeForm;
import com.spinedesk.intake.domain.Answers;
import com.spinedesk.intake.domain.Item;
import com.spinedesk.intake.domain.Page;
import com.spinedesk.intake.domain.Parsed;
import com.spinedesk.intake.domain.Problem;
import com.spinedesk.intake.domain.Questionnaire;
import com.spinedesk.platform.domain.Language;
import com.spinedesk.platform.web.Feedback;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Walks a person through an intake page by page, the same at the desk and on the tablet. What is
 * typed is kept here as strings until the service accepts a page, so nothing typed is lost when a
 * page is refused; the engine decides which items are shown. Subclasses say who saves and submits.
 */
public abstract class QuestionnaireWizard implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** One page of one questionnaire of the intake, or the final review. */
  public record Step(int section, String pageLinkId) implements Serializable {
    boolean isReview() {
      return pageLinkId == null;
    }
  }

  protected IntakeForm form;
  private final List<Step> steps = new ArrayList<>();
  private int current;
  private Language language;

  /** Single answers as typed, keyed "responseId:linkId". */
  private final Map<String, String> single = new HashMap<>();

  /** Multiple-choice answers as chosen, keyed like {@link #single}. */
  private final Map<String, Object> multi = new HashMap<>();

  /** Localized problems of the last refused page or submission, keyed like {@link #single}. */
  private final Map<String, String> problems = new LinkedHashMap<>();

  protected abstract IntakeForm savePage(
      long responseId, String pageLinkId, Map<String, List<String>> raw);

  protected abstract void submitIntake();

  /** Where the wizard opens: the first page not yet saved, or the review when all are. */
  protected void begin(IntakeForm loaded) {
    this.form = loaded;
    this.language = loaded.language();
    steps.clear();
    for (int s = 0; s < loaded.sections().size(); s++) {
      for (Page page : loaded.sections().get(s).questionnaire().pages()) {
        steps.add(new Step(s, page.linkId()));
      }
    }
    steps.add(new Step(-1, null));
    single.clear();
    multi.clear();
    loaded.sections().forEach(this::takeSaved);
    current = 0;
    while (current < steps.size() - 1
        && loaded
            .sections()
            .get(steps.get(current).section())
            .pagesSaved()
            .contains(steps.get(current).pageLinkId())) {
      current++;
    }
  }

  private void takeSaved(IntakeForm.Section section) {
    section
        .answers()
        .values()
        .forEach(
            (linkId, value) -> {
              String key = key(section.responseId(), linkId);
              if (value instanceof Collection<?> codes) {
                multi.put(key, codes.stream().map(String::valueOf).toArray(String[]::new));
              } else {
                single.put(key, String.valueOf(value));
              }
            });
  }

  // ---- actions

  /** Saves the page and moves on; a refused page stays, with a message at each item at fault. */
  public void next() {
    problems.clear();
    Step step = step();
    if (step.isReview()) {
      return;
    }
    IntakeForm.Section section = section();
    Feedback.attempt()
        .when(AnswersRefused.class, this::show)
        .run(
            () -> {
              form = savePage(section.responseId(), step.pageLinkId(), rawOfShownItems());
              current++;
            });
  }

  /** An answer was chosen: its old message no longer applies. */
  public void answered(String key) {
    problems.remove(key);
  }

  /** Goes back a page without saving; what was typed here stays typed. */
  public void back() {
    problems.clear();
    if (current > 0) {
      current--;
    }
  }

  /** From the review, back to a page to change an answer. */
  public void change(int stepIndex) {
    problems.clear();
    if (stepIndex >= 0 && stepIndex < steps.size()) {
      current = stepIndex;
    }
  }

  public void submit() {
    problems.clear();
    Feedback.attempt().when(AnswersRefused.class, this::show).run(this::submitIntake);
  }

  private void show(AnswersRefused refused) {
    int firstStepWithProblem = -1;
    for (Problem problem : refused.problems()) {
      problems.put(
          key(refused.responseId(), problem.linkId()),
          Feedback.text(problem.messageKey(), problem.args().toArray()));
      int at = stepOf(refused.responseId(), problem.linkId());
      if (firstStepWithProblem < 0 || (at >= 0 && at < firstStepWithProblem)) {
        firstStepWithProblem = at;
      }
    }
    if (firstStepWithProblem >= 0) {
      current = firstStepWithProblem;
    }
    Feedback.error("intake.fixAnswers", refused.problems().size());
  }

  private int stepOf(long responseId, String linkId) {
    for (int i = 0; i < steps.size() - 1; i++) {
      IntakeForm.Section section = form.sections().get(steps.get(i).section());
      if (section.responseId() == responseId) {
        Page page = section.questionnaire().page(steps.get(i).pageLinkId()).orElseThrow();
        if (page.items().stream().anyMatch(item -> item.linkId().equals(linkId))) {
          return i;
        }
      }
    }
    return -1;
  }

  // ---- what the page shows

  public Step step() {
    return steps.get(current);
  }

  public boolean isReview() {
    return step().isReview();
  }

  public int getStepNumber() {
    return current + 1;
  }

  public int getStepCount() {
    return steps.size();
  }

  public IntakeForm.Section section() {
    return form.sections().get(step().section());
  }

  public Questionnaire questionnaire() {
    return section().questionnaire();
  }

  public Page page() {
    return questionnaire().page(step().pageLinkId()).orElseThrow();
  }

  /** The items of the current page that their conditions show, given what is typed now. */
  public List<Item> shownItems() {
    Answers answers = typedAnswers(section());
    return page().items().stream().filter(i -> questionnaire().isShown(i, answers)).toList();
  }

  public String key(Item item) {
    return key(section().responseId(), item.linkId());
  }

  public Map<String, String> getSingle() {
    return single;
  }

  public Map<String, Object> getMulti() {
    return multi;
  }

  public String problem(Item item) {
    return problems.get(key(item));
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public String text(com.spinedesk.platform.domain.Text text) {
    return text == null ? null : text.in(language);
  }

  public List<Integer> scaleValues(Item item) {
    int min = item.minValue() == null ? 0 : item.minValue();
    int max = item.maxValue() == null ? 10 : item.maxValue();
    return IntStream.rangeClosed(min, max).boxed().toList();
  }

  public String today() {
    return LocalDate.now().toString();
  }

  /**
   * The review: every page with its shown questions and the answers as the person will read them.
   */
  public List<AnswerSheet.PageAnswers> getAnswerSheet() {
    return AnswerSheet.of(form, language);
  }

  /** Where the review's "change" button for a page leads: that page's step. */
  public int stepOfPage(long responseId, String pageLinkId) {
    for (int i = 0; i < steps.size() - 1; i++) {
      if (form.sections().get(steps.get(i).section()).responseId() == responseId
          && steps.get(i).pageLinkId().equals(pageLinkId)) {
        return i;
      }
    }
    return -1;
  }

  // ---- typed values to service input

  /** What is typed on this page, for the items shown; hidden items go as unanswered. */
  private Map<String, List<String>> rawOfShownItems() {
    Map<String, List<String>> raw = new LinkedHashMap<>();
    for (Item item : shownItems()) {
      raw.put(item.linkId(), typed(key(item)));
    }
    return raw;
  }

  private List<String> typed(String key) {
    Object chosen = multi.get(key);
    if (chosen instanceof String[] codes) {
      return Arrays.asList(codes);
    }
    if (chosen instanceof Collection<?> codes) {
      return codes.stream().map(String::valueOf).toList();
    }
    String value = single.get(key);
    return value == null || value.isBlank() ? List.of() : List.of(value);
  }

  /**
   * The section's saved answers with this page's typed values on top (unreadable ones left out).
   */
  private Answers typedAnswers(IntakeForm.Section section) {
    Answers answers = section.answers();
    LocalDate today = LocalDate.now();
    for (Item item : page().items()) {
      Parsed parsed = item.parse(typed(key(item)), today);
      answers = answers.with(item.linkId(), parsed.ok() ? parsed.value() : null);
    }
    return answers;
  }

  private static String key(long responseId, String linkId) {
    return responseId + ":" + linkId;
  }
}
