package com.spinedesk.intake.domain;

import com.spinedesk.platform.domain.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Short ways to build definitions in domain tests, without going through JSON. */
final class Fixtures {

  private Fixtures() {}

  static Text text(String en) {
    return new Text(en, en + " (es)");
  }

  static AnswerOption option(String code, Integer score) {
    return new AnswerOption(code, text(code), score == null ? null : BigDecimal.valueOf(score));
  }

  static ItemSpec item(String linkId, ItemType type) {
    return new ItemSpec(linkId, type);
  }

  static Page page(String linkId, Item... items) {
    return new Page(linkId, text(linkId), List.of(items));
  }

  static Questionnaire questionnaire(Scoring scoring, Page... pages) {
    return new Questionnaire(
        "TEST",
        1,
        QuestionnaireRole.INTAKE,
        10,
        text("Test"),
        text("Test instrument written for SpineDesk's tests"),
        List.of(pages),
        scoring);
  }

  static Questionnaire questionnaire(Page... pages) {
    return questionnaire(Scoring.none(), pages);
  }

  static Answers answers() {
    return Answers.empty(AnswerContext.unknown());
  }

  /** A builder for {@link Item}, which has too many parts to write out in every test. */
  static final class ItemSpec {
    private final String linkId;
    private final ItemType type;
    private boolean required;
    private final List<AnswerOption> options = new ArrayList<>();
    private Integer minValue;
    private Integer maxValue;
    private int maxLength = Item.DEFAULT_MAX_LENGTH;
    private final List<Condition> enableWhen = new ArrayList<>();
    private boolean enableAny;

    private ItemSpec(String linkId, ItemType type) {
      this.linkId = linkId;
      this.type = type;
    }

    ItemSpec required() {
      required = true;
      return this;
    }

    ItemSpec options(AnswerOption... more) {
      options.addAll(List.of(more));
      return this;
    }

    /** Options scored as given, coded {@code o0}, {@code o1}... */
    ItemSpec scoredOptions(int... scores) {
      for (int i = 0; i < scores.length; i++) {
        options.add(option("o" + i, scores[i]));
      }
      return this;
    }

    ItemSpec range(Integer min, Integer max) {
      minValue = min;
      maxValue = max;
      return this;
    }

    ItemSpec maxLength(int length) {
      maxLength = length;
      return this;
    }

    ItemSpec when(Condition... conditions) {
      enableWhen.addAll(List.of(conditions));
      return this;
    }

    ItemSpec any() {
      enableAny = true;
      return this;
    }

    Item build() {
      return new Item(
          linkId,
          text(linkId),
          null,
          type,
          required,
          options,
          minValue,
          maxValue,
          maxLength,
          null,
          null,
          enableWhen,
          enableAny);
    }
  }
}
