package com.spinedesk.intake.domain;

import static com.spinedesk.intake.domain.Fixtures.answers;
import static com.spinedesk.intake.domain.Fixtures.item;
import static com.spinedesk.intake.domain.Fixtures.option;
import static com.spinedesk.intake.domain.Fixtures.page;
import static com.spinedesk.intake.domain.Fixtures.questionnaire;
import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.patient.domain.Sex;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {

  // Page one: has the patient had leg pain, and if so which leg and how bad.
  private final Item legPain = item("leg_pain", ItemType.BOOLEAN).required().build();
  private final Item whichLeg =
      item("which_leg", ItemType.CHOICE)
          .required()
          .options(option("left", null), option("right", null), option("both", null))
          .when(Condition.on("leg_pain", "=", true))
          .build();
  private final Item bothLegsWorse =
      item("both_worse", ItemType.SCALE)
          .required()
          .when(Condition.on("which_leg", "=", "both"))
          .build();
  // Page two: asked of older patients or those with numbness.
  private final Item numbness = item("numbness", ItemType.BOOLEAN).build();
  private final Item weightLoss =
      item("weight_loss", ItemType.BOOLEAN)
          .required()
          .when(Condition.onVariable("age", ">", 50), Condition.on("numbness", "=", true))
          .any()
          .build();
  private final Item pregnant =
      item("pregnant", ItemType.BOOLEAN)
          .when(Condition.onVariable("sex", "=", "FEMALE"), Condition.onVariable("age", "<", 56))
          .build();
  private final Item notes = item("notes", ItemType.TEXT).build();

  private final Page legs = page("legs", legPain, whichLeg, bothLegsWorse);
  private final Page more = page("more", numbness, weightLoss, pregnant, notes);
  private final Questionnaire questionnaire = questionnaire(legs, more);

  @Test
  void listsItemsAndPagesInOrder() {
    assertThat(questionnaire.items())
        .extracting(Item::linkId)
        .containsExactly(
            "leg_pain", "which_leg", "both_worse", "numbness", "weight_loss", "pregnant", "notes");
    assertThat(questionnaire.item("numbness")).contains(numbness);
    assertThat(questionnaire.item("legs")).isEmpty();
    assertThat(questionnaire.page("more")).contains(more);
    assertThat(questionnaire.page("numbness")).isEmpty();
    assertThat(questionnaire.pageOf("numbness")).contains(more);
  }

  @Test
  void anItemWithoutConditionsIsAlwaysShown() {
    assertThat(questionnaire.isShown(legPain, answers())).isTrue();
  }

  @Test
  void allConditionsMustHoldByDefault() {
    Answers young = Answers.empty(new AnswerContext(30, Sex.FEMALE));
    assertThat(questionnaire.isShown(pregnant, young)).isTrue();
    Answers older = Answers.empty(new AnswerContext(56, Sex.FEMALE));
    assertThat(questionnaire.isShown(pregnant, older)).isFalse();
    Answers male = Answers.empty(new AnswerContext(30, Sex.MALE));
    assertThat(questionnaire.isShown(pregnant, male)).isFalse();
  }

  @Test
  void oneConditionIsEnoughWithEnableBehaviorAny() {
    Answers young = Answers.empty(new AnswerContext(40, Sex.MALE));
    assertThat(questionnaire.isShown(weightLoss, young)).isFalse();
    assertThat(questionnaire.isShown(weightLoss, young.with("numbness", true))).isTrue();
    Answers older = Answers.empty(new AnswerContext(51, Sex.MALE));
    assertThat(questionnaire.isShown(weightLoss, older)).isTrue();
    assertThat(questionnaire.isShown(weightLoss, answers().with("numbness", false))).isFalse();
  }

  @Test
  void hidingAnItemHidesTheItemsThatDependOnIt() {
    Answers changedMind =
        answers().with("leg_pain", false).with("which_leg", "both").with("both_worse", 6);

    assertThat(questionnaire.isShown(whichLeg, changedMind)).isFalse();
    assertThat(questionnaire.isShown(bothLegsWorse, changedMind)).isFalse();
    assertThat(questionnaire.withoutHidden(changedMind))
        .isEqualTo(answers().with("leg_pain", false));
    assertThat(questionnaire.shownItems(legs, changedMind)).containsExactly(legPain);
  }

  @Test
  void withoutHiddenReachesAFixedPointWhateverTheOrderOfItems() {
    // The dependent item comes first here; dropping is repeated until nothing changes.
    Questionnaire backwards = questionnaire(page("legs", bothLegsWorse, whichLeg, legPain));
    Answers changedMind =
        answers().with("leg_pain", false).with("which_leg", "both").with("both_worse", 6);
    assertThat(backwards.withoutHidden(changedMind)).isEqualTo(answers().with("leg_pain", false));
  }

  @Test
  void withoutHiddenKeepsShownAndUnknownAnswers() {
    Answers answers =
        answers().with("leg_pain", true).with("which_leg", "left").with("shoe_size", 42);
    assertThat(questionnaire.withoutHidden(answers)).isEqualTo(answers);
  }

  @Test
  void requiredOnlyWhileShown() {
    assertThat(questionnaire.check(legs, answers()))
        .containsExactly(Problem.of("leg_pain", Problem.REQUIRED));
    assertThat(questionnaire.check(legs, answers().with("leg_pain", false))).isEmpty();
    assertThat(questionnaire.check(legs, answers().with("leg_pain", true)))
        .containsExactly(Problem.of("which_leg", Problem.REQUIRED));
    assertThat(
            questionnaire.check(legs, answers().with("leg_pain", true).with("which_leg", "both")))
        .containsExactly(Problem.of("both_worse", Problem.REQUIRED));
    assertThat(
            questionnaire.check(
                legs,
                answers().with("leg_pain", true).with("which_leg", "both").with("both_worse", 4)))
        .isEmpty();
  }

  @Test
  void optionalItemsMayStayEmpty() {
    Answers young = Answers.empty(new AnswerContext(30, Sex.MALE));
    assertThat(questionnaire.check(more, young)).isEmpty();
  }

  @Test
  void answersToHiddenItemsAreRefused() {
    Answers answers =
        answers().with("leg_pain", false).with("which_leg", "left").with("both_worse", 3);
    assertThat(questionnaire.check(legs, answers))
        .containsExactly(
            Problem.of("which_leg", Problem.HIDDEN_ANSWERED),
            Problem.of("both_worse", Problem.HIDDEN_ANSWERED));
  }

  @Test
  void checkAllCoversEveryPageAndUnknownItems() {
    Answers answers =
        Answers.empty(new AnswerContext(60, Sex.MALE))
            .with("shoe_size", 42)
            .with("leg_pain", true)
            .with("pregnant", false)
            .with("more", "page linkIds are not items");
    assertThat(questionnaire.checkAll(answers))
        .containsExactly(
            Problem.of("which_leg", Problem.REQUIRED),
            Problem.of("weight_loss", Problem.REQUIRED),
            Problem.of("pregnant", Problem.HIDDEN_ANSWERED),
            Problem.of("shoe_size", Problem.UNKNOWN_ITEM),
            Problem.of("more", Problem.UNKNOWN_ITEM));
  }

  @Test
  void aCompleteQuestionnaireHasNoProblems() {
    Answers answers =
        Answers.empty(new AnswerContext(30, Sex.FEMALE))
            .with("leg_pain", true)
            .with("which_leg", "left")
            .with("numbness", false)
            .with("pregnant", false);
    assertThat(questionnaire.checkAll(answers)).isEmpty();
    assertThat(questionnaire.shownItems(more, answers)).containsExactly(numbness, pregnant, notes);
  }

  @Test
  void aQuestionnaireWithoutScoringScoresNothing() {
    ScoreResult result = questionnaire.score(answers().with("leg_pain", true));
    assertThat(result.scores()).isEmpty();
    assertThat(result.bands()).isEmpty();
    assertThat(result.flags()).isEmpty();
    assertThat(questionnaire.scoring()).isEqualTo(Scoring.none());
    assertThat(questionnaire.pages()).containsExactly(legs, more);
  }
}
