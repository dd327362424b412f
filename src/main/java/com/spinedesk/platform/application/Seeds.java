package com.spinedesk.platform.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the data files of the project's {@code seeds/} folder, packaged in the WAR. */
public final class Seeds {

  private Seeds() {}

  /** A JSON array from {@code seeds/<path>}. */
  public static JsonArray array(String path) {
    try (JsonReader reader = Json.createReader(new StringReader(text(path)))) {
      return reader.readArray();
    }
  }

  /** The text of {@code seeds/<path>}, UTF-8. */
  public static String text(String path) {
    String resource = "/seeds/" + path;
    try (InputStream in = Seeds.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Seed file missing from the WAR: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
