package com.spinedesk.intake.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spinedesk.intake.domain.AnswerContext;
import com.spinedesk.intake.domain.Answers;
import com.spinedesk.intake.domain.Questionnaire;
import com.spinedesk.patient.domain.Sex;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswersJsonTest {

  private final Questionnaire questionnaire = Definitions.read("back-check.json");
  private final AnswerContext context = new AnswerContext(44, Sex.MALE);

  private final Answers everyType =
      Answers.empty(context)
          .with("first_episode", true)
          .with("area", "low")
          .with("numbness", false)
          .with("worst", 8)
          .with("days", 12)
          .with("onset", LocalDate.of(2026, 10, 21))
          .with("activities", List.of("walk", "lift"))
          .with("notes", "Worse in the morning, \"stiff\" — ñ")
          .with("story", "Lifting a box");

  private static JsonObject parse(String json) {
    return Json.createReader(new StringReader(json)).readObject();
  }

  @Test
  void roundTripsEveryType() {
    String json = AnswersJson.write(everyType);
    assertThat(AnswersJson.read(json, questionnaire)).isEqualTo(everyType.values());
    assertThat(AnswersJson.read(json, questionnaire, context)).isEqualTo(everyType);
  }

  @Test
  void writesAnswersInTheReadmesForm() {
    JsonObject json = parse(AnswersJson.write(everyType));
    assertThat(json.getBoolean("first_episode")).isTrue();
    assertThat(json.getString("area")).isEqualTo("low");
    assertThat(json.getInt("worst")).isEqualTo(8);
    assertThat(json.getString("onset")).isEqualTo("2026-10-21");
    assertThat(json.getJsonArray("activities").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("walk", "lift");
    assertThat(json.keySet())
        .containsExactly(
            "first_episode",
            "area",
            "numbness",
            "worst",
            "days",
            "onset",
            "activities",
            "notes",
            "story");
    assertThat(AnswersJson.write(Answers.empty(context))).isEqualTo("{}");
  }

  @Test
  void readDropsUnknownLinkIdsAndNulls() {
    Map<String, Object> read =
        AnswersJson.read(
            "{\"worst\": 3, \"shoe_size\": 42, \"about\": true, \"days\": null}", questionnaire);
    assertThat(read).containsExactly(Map.entry("worst", 3));
  }

  @Test
  void readRefusesValuesThatDoNotSuitTheirItem() {
    for (String json :
        List.of(
            "{\"first_episode\": \"yes\"}",
            "{\"area\": 1}",
            "{\"activities\": \"walk\"}",
            "{\"activities\": [1]}",
            "{\"worst\": 7.5}",
            "{\"days\": \"12\"}",
            "{\"onset\": \"21/10/2026\"}",
            "{\"notes\": false}")) {
      assertThatThrownBy(() -> AnswersJson.read(json, questionnaire))
          .as(json)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Stored answer to ");
    }
    assertThatThrownBy(() -> AnswersJson.read("[]", questionnaire))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void writeRefusesValuesWithoutAJsonForm() {
    assertThatThrownBy(() -> AnswersJson.write(Answers.empty(context).with("worst", 7.5d)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("worst");
  }
}
