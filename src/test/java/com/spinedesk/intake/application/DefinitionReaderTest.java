package com.spinedesk.intake.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.spinedesk.intake.domain.AnswerContext;
import com.spinedesk.intake.domain.AnswerOption;
import com.spinedesk.intake.domain.Answers;
import com.spinedesk.intake.domain.BandRule;
import com.spinedesk.intake.domain.Condition;
import com.spinedesk.intake.domain.FlagRule;
import com.spinedesk.intake.domain.Item;
import com.spinedesk.intake.domain.ItemType;
import com.spinedesk.intake.domain.Page;
import com.spinedesk.intake.domain.Questionnaire;
import com.spinedesk.intake.domain.QuestionnaireRole;
import com.spinedesk.intake.domain.ScoreCondition;
import com.spinedesk.intake.domain.ScoreRule;
import com.spinedesk.patient.domain.Sex;
import com.spinedesk.platform.domain.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DefinitionReaderTest {

  private static final String BASE = Definitions.json("back-check.json");

  private final Questionnaire questionnaire = DefinitionReader.read(BASE);

  private Item item(String linkId) {
    return questionnaire.item(linkId).orElseThrow();
  }

  @Test
  void readsTheHeader() {
    assertThat(questionnaire.code()).isEqualTo("BACK_CHECK");
    assertThat(questionnaire.version()).isEqualTo(2);
    assertThat(questionnaire.role()).isEqualTo(QuestionnaireRole.RED_FLAGS);
    assertThat(questionnaire.order()).isEqualTo(20);
    assertThat(questionnaire.title()).isEqualTo(new Text("Back check", "Revisión de espalda"));
    assertThat(questionnaire.copyright().en())
        .isEqualTo("Test questionnaire written for SpineDesk's tests");
  }

  @Test
  void readsPagesAndItemsInOrder() {
    assertThat(questionnaire.pages()).extracting(Page::linkId).containsExactly("about", "details");
    assertThat(questionnaire.page("details").orElseThrow().title())
        .isEqualTo(new Text("Details", "Detalles"));
    assertThat(questionnaire.items())
        .extracting(Item::linkId)
        .containsExactly(
            "first_episode",
            "area",
            "numbness",
            "worst",
            "days",
            "onset",
            "activities",
            "notes",
            "since_fall",
            "story");
    assertThat(questionnaire.items())
        .extracting(Item::type)
        .containsExactly(
            ItemType.BOOLEAN,
            ItemType.CHOICE,
            ItemType.BOOLEAN,
            ItemType.SCALE,
            ItemType.INTEGER,
            ItemType.DATE,
            ItemType.MULTI_CHOICE,
            ItemType.TEXT,
            ItemType.BOOLEAN,
            ItemType.TEXT);
  }

  @Test
  void readsTheFieldsOfItemsWithTheirDefaults() {
    Item firstEpisode = item("first_episode");
    assertThat(firstEpisode.required()).isTrue();
    assertThat(firstEpisode.helpText().es())
        .isEqualTo("Cuente cualquier dolor de espalda anterior.");
    assertThat(item("area").required()).isFalse();
    assertThat(item("area").helpText()).isNull();
    assertThat(item("area").options())
        .containsExactly(
            new AnswerOption("low", new Text("Low back", "Zona lumbar"), new BigDecimal("1")),
            new AnswerOption(
                "mid", new Text("Middle of the back", "Zona dorsal"), new BigDecimal("0.5")),
            new AnswerOption("unsure", new Text("Not sure", "No estoy seguro"), null));

    Item worst = item("worst");
    assertThat(worst.lowest()).isZero();
    assertThat(worst.highest()).isEqualTo(10);
    assertThat(worst.lowLabel()).isEqualTo(new Text("No pain", "Sin dolor"));
    assertThat(worst.highLabel().en()).isEqualTo("Worst imaginable");

    assertThat(item("days").minValue()).isZero();
    assertThat(item("days").maxValue()).isEqualTo(365);
    assertThat(item("notes").maxLength()).isEqualTo(200);
    assertThat(item("story").maxLength()).isEqualTo(500);
  }

  @Test
  void readsConditionsWithAnswersOfTheQuestionsType() {
    assertThat(item("numbness").enableWhen()).containsExactly(Condition.on("area", "=", "low"));
    assertThat(item("numbness").enableAny()).isFalse();
    assertThat(item("onset").enableWhen()).containsExactly(Condition.on("days", ">", 6));
    assertThat(item("notes").enableAny()).isTrue();
    assertThat(item("notes").enableWhen())
        .containsExactly(Condition.on("worst", ">=", 7), Condition.onVariable("age", ">", 50));
    assertThat(item("since_fall").enableWhen())
        .containsExactly(
            Condition.on("onset", "=", LocalDate.of(2026, 10, 1)),
            Condition.onVariable("sex", "!=", "UNKNOWN"),
            Condition.on("notes", "exists", false));
  }

  @Test
  void readsScoring() {
    assertThat(questionnaire.scoring().scores())
        .containsExactly(
            ScoreRule.sum("total", List.of("first_episode", "area", "worst", "activities")),
            ScoreRule.proportional("index", List.of("worst", "days"), 10, 100, 1));
    assertThat(questionnaire.scoring().bands())
        .containsExactly(
            new BandRule(
                "level",
                List.of(
                    new BandRule.Rule(
                        "high", List.of(new ScoreCondition("total", ">", new BigDecimal("7.5")))),
                    new BandRule.Rule("low", List.of()))));
    assertThat(questionnaire.scoring().flags())
        .containsExactly(
            new FlagRule(
                "CANCER",
                false,
                List.of(
                    Condition.on("first_episode", "=", true),
                    Condition.onVariable("age", ">", 50))),
            new FlagRule(
                "CAUDA_EQUINA",
                true,
                List.of(
                    Condition.on("numbness", "=", true), Condition.on("activities", "=", "lift"))));
  }

  @Test
  void whatItReadsBehavesAsWritten() {
    Answers answers =
        Answers.empty(new AnswerContext(60, Sex.FEMALE))
            .with("first_episode", true)
            .with("area", "mid")
            .with("numbness", true) // hidden: area is not low
            .with("worst", 6)
            .with("days", 3)
            .with("activities", List.of("walk", "lift"));
    var result = questionnaire.score(answers);
    assertThat(result.scores().get("total")).isEqualByComparingTo("10.5");
    assertThat(result.scores().get("index")).isEqualByComparingTo("45.0");
    assertThat(result.bands()).containsEntry("level", "high");
    assertThat(result.flags()).containsExactly("CANCER", "CAUDA_EQUINA");
    assertThat(questionnaire.checkAll(answers))
        .extracting(p -> p.linkId())
        .containsExactly("numbness");
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        refusal(
            "missing es text",
            "\"text\": {\"en\": \"Where is it worst?\", \"es\": \"¿Dónde es peor?\"}",
            "\"text\": {\"en\": \"Where is it worst?\"}",
            "text has no Spanish (es) text",
            "area"),
        refusal(
            "missing en text",
            "\"title\": {\"en\": \"Back check\", \"es\"",
            "\"title\": {\"es\"",
            "title has no English (en) text",
            null),
        refusal(
            "blank option display",
            "{\"en\": \"Walking\", \"es\": \"Caminar\"}",
            "{\"en\": \"Walking\", \"es\": \" \"}",
            "display has no Spanish (es) text",
            "activities"),
        refusal(
            "page without text",
            "\"text\": {\"en\": \"Details\", \"es\": \"Detalles\"}, ",
            "",
            "Page details: missing text",
            "details"),
        refusal(
            "duplicate item linkId",
            "\"linkId\": \"days\"",
            "\"linkId\": \"worst\"",
            "linkId worst is used twice",
            "worst"),
        refusal(
            "item linkId of a page",
            "\"linkId\": \"story\"",
            "\"linkId\": \"about\"",
            "linkId about is used twice",
            "about"),
        refusal(
            "bad linkId",
            "\"linkId\": \"story\"",
            "\"linkId\": \"Story\"",
            "linkId \"Story\" must match [a-z][a-z0-9_]*",
            "Story"),
        refusal(
            "bad code",
            "\"code\": \"BACK_CHECK\"",
            "\"code\": \"back-check\"",
            "code \"back-check\" must match [A-Z0-9_]+",
            null),
        refusal(
            "missing copyright",
            "\"copyright\":",
            "\"copyleft\":",
            "Questionnaire BACK_CHECK: missing copyright",
            null),
        refusal(
            "unknown role",
            "\"role\": \"RED_FLAGS\"",
            "\"role\": \"SCREENING\"",
            "unknown role \"SCREENING\"",
            null),
        refusal(
            "version not a whole number",
            "\"version\": 2,",
            "\"version\": \"2\",",
            "version must be a whole number",
            null),
        refusal(
            "not a questionnaire",
            "\"resourceType\": \"Questionnaire\"",
            "\"resourceType\": \"QuestionnaireResponse\"",
            "resourceType must be \"Questionnaire\"",
            null),
        refusal(
            "duplicate key",
            "\"version\": 2,",
            "\"version\": 2, \"version\": 3,",
            "Duplicate key 'version'",
            null),
        refusal(
            "unknown type",
            "{\"linkId\": \"story\", \"type\": \"text\",",
            "{\"linkId\": \"story\", \"type\": \"string\",",
            "unknown type \"string\"",
            "story"),
        refusal(
            "nested group",
            "{\"linkId\": \"story\", \"type\": \"text\",",
            "{\"linkId\": \"story\", \"type\": \"group\",",
            "groups are pages; they cannot be nested",
            "story"),
        refusal(
            "page that is not a group",
            "{\"linkId\": \"details\", \"type\": \"group\",",
            "{\"linkId\": \"details\", \"type\": \"display\",",
            "top-level items are pages, of type \"group\"",
            "details"),
        refusal(
            "choice without options",
            "{\"linkId\": \"story\", \"type\": \"text\",",
            "{\"linkId\": \"story\", \"type\": \"choice\",",
            "a choice needs answerOption",
            "story"),
        refusal(
            "choice with no options",
            "{\"linkId\": \"story\", \"type\": \"text\",",
            "{\"linkId\": \"story\", \"type\": \"multiChoice\", \"answerOption\": [],",
            "a choice needs answerOption",
            "story"),
        refusal(
            "duplicate option codes",
            "{\"code\": \"sit\",",
            "{\"code\": \"walk\",",
            "option code \"walk\" is used twice",
            "activities"),
        refusal(
            "bad option code",
            "{\"code\": \"sit\",",
            "{\"code\": \"sit down\",",
            "option code \"sit down\" must match",
            "activities"),
        refusal(
            "options on a yes/no question",
            "{\"linkId\": \"numbness\", \"type\": \"boolean\",",
            "{\"linkId\": \"numbness\", \"type\": \"boolean\", \"answerOption\": [],",
            "answerOption is only for choice and multiChoice items",
            "numbness"),
        refusal(
            "bounds on a yes/no question",
            "{\"linkId\": \"numbness\", \"type\": \"boolean\",",
            "{\"linkId\": \"numbness\", \"type\": \"boolean\", \"minValue\": 0,",
            "minValue is only for integer and scale items",
            "numbness"),
        refusal(
            "integer without bounds",
            "\"minValue\": 0, \"maxValue\": 365,",
            "\"maxValue\": 365,",
            "missing minValue",
            "days"),
        refusal(
            "bounds the wrong way round",
            "\"minValue\": 0, \"maxValue\": 365,",
            "\"minValue\": 365, \"maxValue\": 0,",
            "minValue must be below maxValue",
            "days"),
        refusal(
            "maxLength on a number",
            "\"minValue\": 0, \"maxValue\": 365,",
            "\"minValue\": 0, \"maxValue\": 365, \"maxLength\": 3,",
            "maxLength is only for text items",
            "days"),
        refusal(
            "enableWhen on an unknown item",
            "{\"question\": \"area\", \"operator\": \"=\", \"answer\": \"low\"}",
            "{\"question\": \"region\", \"operator\": \"=\", \"answer\": \"low\"}",
            "condition refers to unknown item region",
            "numbness"),
        refusal(
            "enableWhen on a page",
            "{\"question\": \"area\", \"operator\": \"=\", \"answer\": \"low\"}",
            "{\"question\": \"about\", \"operator\": \"exists\", \"answer\": true}",
            "condition refers to unknown item about",
            "numbness"),
        refusal(
            "enableWhen on a later item",
            "{\"question\": \"days\", \"operator\": \">\", \"answer\": 6}",
            "{\"question\": \"notes\", \"operator\": \"exists\", \"answer\": true}",
            "enableWhen refers to notes, which comes later",
            "onset"),
        refusal(
            "enableWhen on the item itself",
            "{\"question\": \"days\", \"operator\": \">\", \"answer\": 6}",
            "{\"question\": \"onset\", \"operator\": \"exists\", \"answer\": true}",
            "enableWhen refers to the item itself",
            "onset"),
        refusal(
            "unknown operator",
            "\"operator\": \">\", \"answer\": 6",
            "\"operator\": \"gt\", \"answer\": 6",
            "unknown operator \"gt\"",
            "onset"),
        refusal(
            "ordering a choice",
            "\"operator\": \"=\", \"answer\": \"low\"",
            "\"operator\": \">\", \"answer\": \"low\"",
            "operator > compares numbers; area is choice",
            "numbness"),
        refusal(
            "answer that is not an option",
            "\"operator\": \"=\", \"answer\": \"low\"",
            "\"operator\": \"=\", \"answer\": \"lower\"",
            "\"lower\" is not an option code of area",
            "numbness"),
        refusal(
            "answer that is not a date",
            "\"answer\": \"2026-10-01\"",
            "\"answer\": \"01/10/2026\"",
            "the answer to onset is a date",
            "since_fall"),
        refusal(
            "answer that is not a number",
            "\"operator\": \">\", \"answer\": 6",
            "\"operator\": \">\", \"answer\": \"6\"",
            "the answer to days must be a whole number",
            "onset"),
        refusal(
            "exists without true or false",
            "\"operator\": \"exists\", \"answer\": false",
            "\"operator\": \"exists\", \"answer\": \"no\"",
            "exists takes true or false",
            "since_fall"),
        refusal(
            "condition without answer",
            "\"operator\": \"exists\", \"answer\": false",
            "\"operator\": \"exists\"",
            "a condition needs an answer",
            "since_fall"),
        refusal(
            "question and variable",
            "{\"variable\": \"sex\", \"operator\"",
            "{\"variable\": \"sex\", \"question\": \"area\", \"operator\"",
            "a condition names either a question or a variable",
            "since_fall"),
        refusal(
            "unknown variable",
            "{\"variable\": \"sex\", \"operator\"",
            "{\"variable\": \"gender\", \"operator\"",
            "unknown variable \"gender\"",
            "since_fall"),
        refusal(
            "unknown sex",
            "\"answer\": \"UNKNOWN\"",
            "\"answer\": \"F\"",
            "sex is one of [FEMALE, MALE, OTHER, UNKNOWN]",
            "since_fall"),
        refusal(
            "unknown enableBehavior",
            "\"enableBehavior\": \"any\"},",
            "\"enableBehavior\": \"some\"},",
            "enableBehavior must be \"all\" or \"any\"",
            "notes"),
        refusal(
            "score of an unknown item",
            "\"items\": [\"worst\", \"days\"]",
            "\"items\": [\"worst\", \"weeks\"]",
            "Score index: refers to unknown item weeks",
            null),
        refusal(
            "score of a text",
            "\"items\": [\"worst\", \"days\"]",
            "\"items\": [\"worst\", \"story\"]",
            "Score index: item story is a text, which has no points",
            null),
        refusal(
            "score listing an item twice",
            "\"items\": [\"worst\", \"days\"]",
            "\"items\": [\"worst\", \"worst\"]",
            "item worst is listed twice",
            null),
        refusal(
            "duplicate score code",
            "{\"code\": \"index\",",
            "{\"code\": \"total\",",
            "Score total: code is used twice",
            null),
        refusal(
            "unknown method",
            "\"method\": \"sum\"",
            "\"method\": \"average\"",
            "unknown method \"average\"",
            null),
        refusal(
            "proportional without maxPerItem",
            "\"maxPerItem\": 10, ",
            "",
            "Score index: a proportional score needs maxPerItem",
            null),
        refusal(
            "minAnswered above the items",
            "\"scaleTo\": 100}",
            "\"scaleTo\": 100, \"minAnswered\": 3}",
            "minAnswered must be between 1 and the number of items",
            null),
        refusal(
            "minAnswered on a sum",
            "\"method\": \"sum\"}",
            "\"method\": \"sum\", \"minAnswered\": 2}",
            "minAnswered is only for proportional scores",
            null),
        refusal(
            "band on an unknown score",
            "{\"score\": \"total\", \"operator\": \">\", \"value\": 7.5}",
            "{\"score\": \"sum\", \"operator\": \">\", \"value\": 7.5}",
            "Band level, band high: refers to unknown score sum",
            null),
        refusal(
            "band with an unknown operator",
            "\"operator\": \">\", \"value\": 7.5",
            "\"operator\": \"exists\", \"value\": 7.5",
            "unknown operator \"exists\" for a score",
            null),
        refusal(
            "flag on an unknown item",
            "{\"question\": \"numbness\", \"operator\": \"=\", \"answer\": true}",
            "{\"question\": \"tingling\", \"operator\": \"=\", \"answer\": true}",
            "Flag CAUDA_EQUINA: condition refers to unknown item tingling",
            null),
        refusal(
            "flag with a wrong answer",
            "{\"question\": \"first_episode\", \"operator\": \"=\", \"answer\": true}",
            "{\"question\": \"first_episode\", \"operator\": \"=\", \"answer\": \"yes\"}",
            "Flag CANCER: the answer to first_episode is true or false",
            null),
        refusal(
            "flag without conditions",
            "{\"code\": \"CANCER\", \"when\": [",
            "{\"code\": \"CANCER\", \"when\": [], \"unused\": [",
            "Flag CANCER: a flag needs conditions",
            null),
        refusal(
            "flag code in lower case",
            "{\"code\": \"CANCER\",",
            "{\"code\": \"cancer\",",
            "code \"cancer\" must match",
            null));
  }

  private static Arguments refusal(
      String name, String from, String to, String message, String linkId) {
    return arguments(name, from, to, message, linkId);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refuses(String name, String from, String to, String message, String linkId) {
    assertThat(BASE).as("the base definition has the text to change").contains(from);
    assertThat(BASE.indexOf(from)).as("only once").isEqualTo(BASE.lastIndexOf(from));

    InvalidDefinition refused =
        catchThrowableOfType(
            InvalidDefinition.class, () -> DefinitionReader.read(BASE.replace(from, to)));

    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.getMessage()).contains(message);
    assertThat(refused.linkId()).isEqualTo(linkId);
  }

  @Test
  void refusesWhatIsNotAJsonObject() {
    assertThatThrownBy(() -> DefinitionReader.read("[]"))
        .isInstanceOf(InvalidDefinition.class)
        .hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> DefinitionReader.read("{\"code\": "))
        .isInstanceOf(InvalidDefinition.class)
        .hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> DefinitionReader.read(null)).isInstanceOf(InvalidDefinition.class);
  }

  @Test
  void refusesAQuestionnaireWithoutPages() {
    String noPages =
        """
        {"resourceType": "Questionnaire", "code": "EMPTY", "version": 1, "role": "INTAKE",
         "order": 1, "title": {"en": "Empty", "es": "Vacío"},
         "copyright": {"en": "Test", "es": "Prueba"}, "item": []}
        """;
    assertThatThrownBy(() -> DefinitionReader.read(noPages))
        .isInstanceOf(InvalidDefinition.class)
        .hasMessage("Questionnaire EMPTY: has no pages");
  }

  @Test
  void aDefinitionWithoutScoringScoresNothing() {
    String plain =
        """
        {"resourceType": "Questionnaire", "code": "PLAIN", "version": 1, "role": "INTAKE",
         "order": 1, "title": {"en": "Plain", "es": "Simple"},
         "copyright": {"en": "Test", "es": "Prueba"},
         "item": [{"linkId": "p", "type": "group", "text": {"en": "Page", "es": "Página"},
                   "item": [{"linkId": "q", "type": "boolean",
                             "text": {"en": "Yes?", "es": "¿Sí?"}}]}]}
        """;
    Questionnaire read = DefinitionReader.read(plain);
    assertThat(read.scoring().scores()).isEmpty();
    assertThat(read.scoring().bands()).isEmpty();
    assertThat(read.scoring().flags()).isEmpty();
  }
}
