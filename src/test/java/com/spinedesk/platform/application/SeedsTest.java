package com.spinedesk.platform.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.spinedesk.platform.domain.Text;
import jakarta.annotation.Nullable;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed files bind to records with JSON-B (Yasson, the version Payara bundles), and a file that
 * lacks a field or gives the wrong kind of value is refused with the file and the field named.
 */
class SeedsTest {

  /** Shaped like a catalogue entry: a code, bilingual texts, a list, an optional part. */
  public record Entry(
      String code,
      @JsonbProperty("default") Integer defaultValue,
      Boolean removable,
      Text name,
      List<Text> text,
      List<String> tags,
      @Nullable Text note) {}

  public record Catalogue(List<Entry> entries) {}

  private static final String ENTRY =
      "{\"code\": \"COLD\", \"default\": 15, \"removable\": true,"
          + " \"name\": {\"en\": \"Cold\", \"es\": \"Frío\"},"
          + " \"text\": [{\"en\": \"Use ice.\", \"es\": \"Use hielo.\"}],"
          + " \"tags\": [\"A\", \"B\"], \"unknown\": \"ignored\"}";

  @Test
  void aRecordWithANestedBilingualTextAndListsBinds() {
    Entry entry = Seeds.bind("test.json", ENTRY, Entry.class);

    assertThat(entry)
        .isEqualTo(
            new Entry(
                "COLD",
                15,
                true,
                new Text("Cold", "Frío"),
                List.of(new Text("Use ice.", "Use hielo.")),
                List.of("A", "B"),
                null));
  }

  @Test
  void aMissingFieldIsNamedByItsPathInTheFile() {
    String noSpanish = ENTRY.replace(", \"es\": \"Use hielo.\"", "");
    assertThatThrownBy(
            () -> Seeds.bind("test.json", "{\"entries\": [" + noSpanish + "]}", Catalogue.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("test.json: missing entries[0](COLD).text[0].es");
    assertThatThrownBy(
            () ->
                Seeds.bind("test.json", ENTRY.replace("\"default\": 15", "\"d\": 15"), Entry.class))
        .hasMessage("test.json: missing default");
  }

  @Test
  void aValueOfTheWrongKindIsRefusedNotConverted() {
    assertThatThrownBy(
            () ->
                Seeds.bind(
                    "test.json",
                    ENTRY.replace("\"removable\": true", "\"removable\": \"yes\""),
                    Entry.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("test.json: ")
        .hasMessageContaining("removable")
        .hasMessageContaining("true or false");
    assertThatThrownBy(() -> Seeds.bind("test.json", ENTRY.replace("15", "\"15\""), Entry.class))
        .hasMessageContaining("default")
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> Seeds.bind("test.json", ENTRY.replace("\"A\"", "1"), Entry.class))
        .hasMessageContaining("tags")
        .hasMessageContaining("a text");
    assertThatThrownBy(() -> Seeds.bind("test.json", "{\"code\": ", Entry.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("test.json: ");
  }

  @Test
  void theShippedCataloguesBindEntryByEntry() {
    assertThat(Seeds.entries("catalogue/yellow-flags.json", Flag.class))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.name().es()).isNotBlank());
  }

  public record Flag(String code, Text name) {}
}
