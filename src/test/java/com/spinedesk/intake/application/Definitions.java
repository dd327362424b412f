package com.spinedesk.intake.application;

import com.spinedesk.intake.domain.Questionnaire;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test definitions under {@code src/test/resources/questionnaires/}. */
final class Definitions {

  private Definitions() {}

  static String json(String name) {
    String resource = "/questionnaires/" + name;
    try (InputStream in = Definitions.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Questionnaire read(String name) {
    return DefinitionReader.read(json(name));
  }
}
