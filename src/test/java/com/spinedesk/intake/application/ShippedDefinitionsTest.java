package com.spinedesk.intake.application;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every definition in {@code seeds/questionnaires/} reads without a problem, so a broken file is
 * caught by the unit tests rather than when SpineDesk starts.
 */
class ShippedDefinitionsTest {

  @Test
  void everyShippedDefinitionReads() throws IOException {
    Path folder = Path.of("seeds", "questionnaires");
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(path -> path.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      String json = Files.readString(file, StandardCharsets.UTF_8);
      assertThatCode(() -> DefinitionReader.read(json))
          .as(file.toString())
          .doesNotThrowAnyException();
    }
  }
}
