package com.spinedesk.platform.application;

import com.spinedesk.platform.domain.Text;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the data files of the project's {@code seeds/} folder, packaged in the WAR. */
public final class Seeds {

  private Seeds() {}

  /** A JSON array from {@code seeds/<path>}. */
  public static JsonArray array(String path) {
    try (JsonReader reader = Json.createReader(new StringReader(text(path)))) {
      return reader.readArray();
    }
  }

  /** The objects of a JSON array from {@code seeds/<path>}, as the catalogue files hold them. */
  public static List<JsonObject> objects(String path) {
    return array(path).stream().map(JsonValue::asJsonObject).toList();
  }

  /**
   * A {@code {"en": …, "es": …}} field of a seed object, as every feature's catalogues and
   * templates give their texts.
   */
  public static Text bilingual(JsonObject o, String field) {
    return bilingual(o.getJsonObject(field));
  }

  /** A {@code {"en": …, "es": …}} object of a seed file. */
  public static Text bilingual(JsonObject text) {
    return new Text(text.getString("en"), text.getString("es"));
  }

  /**
   * The files a folder of seeds ships, as listed in its {@code shipped.json}, by their source name
   * ({@code seeds/<folder>/<file>}) to their text, in the listed order.
   */
  public static Map<String, String> shipped(String folder) {
    Map<String, String> files = new LinkedHashMap<>();
    for (JsonString name : array(folder + "/shipped.json").getValuesAs(JsonString.class)) {
      files.put("seeds/" + folder + "/" + name.getString(), text(folder + "/" + name.getString()));
    }
    return files;
  }

  /** The JSON files of a clinic's own folder (outside the WAR), by path to text, sorted by name. */
  public static Map<String, String> clinicFolder(Path folder) {
    Map<String, String> files = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path file : list.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        files.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the folder " + folder, e);
    }
    return files;
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
