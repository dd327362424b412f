package com.spinedesk.platform.application;

import jakarta.annotation.Nullable;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the data files of the project's {@code seeds/} folder, packaged in the WAR: catalogues and
 * templates bound to records with JSON-B ({@link #entries}, {@link #record}, {@link #bind}), the
 * demo data as JSON-P values ({@link #array}), and the texts of the questionnaires and templates a
 * folder ships.
 */
public final class Seeds {
  private static final Pattern YASSON_PROPERTY =
      Pattern.compile("Unable to deserialize property '([^']*)' because of: ");

  private Seeds() {}

  /** A JSON array from {@code seeds/<path>}. */
  public static JsonArray array(String path) {
    try (JsonReader reader = Json.createReader(new StringReader(text(path)))) {
      return reader.readArray();
    }
  }

  /**
   * The entries of a catalogue file, {@code seeds/<path>}: a JSON array of objects, each bound to a
   * record (see {@link #bind}).
   */
  public static <T extends Record> List<T> entries(String path, Class<T> type) {
    @SuppressWarnings("unchecked")
    Class<T[]> array = (Class<T[]>) Array.newInstance(type, 0).getClass();
    return List.of(bind("seeds/" + path, text(path), array));
  }

  /** A seed file, {@code seeds/<path>}: one JSON object bound to a record (see {@link #bind}). */
  public static <T extends Record> T record(String path, Class<T> type) {
    return bind("seeds/" + path, text(path), type);
  }

  /**
   * Binds JSON to records with JSON-B, as strictly as the files' readers need: a text, a whole
   * number or true/false must be one (JSON-B would otherwise take {@code 5} for "5", and {@code
   * "yes"} for false), and every record component must be given unless it is {@link Nullable}
   * (JSON-B leaves a missing one, or one given as {@code null}, null). Both need boxed components
   * ({@code Integer}, {@code Boolean}): a primitive one takes JSON-B's lenient reading and its
   * default when missing. Unknown fields are ignored. Records must be public.
   *
   * @param source names the file in messages
   * @throws IllegalStateException naming the source, the field and the problem
   */
  public static <T> T bind(String source, String json, Class<T> type) {
    T bound;
    try {
      bound = Binding.JSONB.fromJson(json, type);
    } catch (JsonbException e) {
      throw new IllegalStateException(source + ": " + described(e), e);
    } catch (JsonException e) {
      throw new IllegalStateException(source + ": not JSON: " + e.getMessage(), e);
    }
    if (bound == null) {
      throw new IllegalStateException(source + ": empty");
    }
    requireComplete(source, bound, "");
    return bound;
  }

  /**
   * Yasson's message with its chain of "Unable to deserialize property 'sections' because of:
   * Unable to deserialize property 'removable' because of: …" said as a path, {@code
   * sections.removable: …}; other messages as they are.
   */
  private static String described(JsonbException e) {
    String message = String.valueOf(e.getMessage());
    List<String> path = new ArrayList<>();
    Matcher property = YASSON_PROPERTY.matcher(message);
    int end = 0;
    while (property.find(end) && property.start() == end) {
      path.add(property.group(1));
      end = property.end();
    }
    return path.isEmpty() ? message : String.join(".", path) + ": " + message.substring(end);
  }

  /** Refuses a value with a missing part, naming it by its path in the file. */
  private static void requireComplete(String source, Object value, String path) {
    if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        String at = (path.isEmpty() ? "" : path + ".") + jsonName(component);
        Object part = valueOf(component, record);
        if (part != null) {
          requireComplete(source, part, at);
        } else if (!component.isAnnotationPresent(Nullable.class)) {
          throw new IllegalStateException(source + ": missing " + at);
        }
      }
    } else if (value instanceof Object[] array) {
      requireComplete(source, Arrays.asList(array), path);
    } else if (value instanceof Collection<?> collection) {
      int index = 0;
      for (Object element : collection) {
        String at = path + "[" + index++ + "]" + codeOf(element);
        if (element == null) {
          throw new IllegalStateException(source + ": missing " + at);
        }
        requireComplete(source, element, at);
      }
    } else if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        String at = path + "." + entry.getKey();
        if (entry.getValue() == null) {
          throw new IllegalStateException(source + ": missing " + at);
        }
        requireComplete(source, entry.getValue(), at);
      }
    }
  }

  private static Object valueOf(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + component, e);
    }
  }

  /** The field's name in the file: the component's, unless {@link JsonbProperty} renames it. */
  private static String jsonName(RecordComponent component) {
    JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
    return renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value();
  }

  /** {@code "(CODE)"} after an entry's index when it has a code, so a message names the entry. */
  private static String codeOf(Object element) {
    if (element instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        if (component.getName().equals("code") && valueOf(component, record) != null) {
          return "(" + valueOf(component, record) + ")";
        }
      }
    }
    return "";
  }

  /** The one JSON-B instance (thread-safe, and costly to make), made when a file is first bound. */
  private static final class Binding {
    static final Jsonb JSONB =
        JsonbBuilder.create(
            new JsonbConfig()
                .withDeserializers(new StrictText(), new StrictWholeNumber(), new StrictTruth()));
  }

  /** A text field takes a JSON string, nothing else. */
  private static final class StrictText implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value == JsonValue.NULL) {
        return null;
      }
      if (value instanceof JsonString text) {
        return text.getString();
      }
      throw new JsonbException("a text (a JSON string) was expected, not " + value);
    }
  }

  /** A whole-number field takes a JSON number without a fraction that fits an int. */
  private static final class StrictWholeNumber implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value == JsonValue.NULL) {
        return null;
      }
      if (value instanceof JsonNumber number && number.isIntegral()) {
        try {
          return number.intValueExact();
        } catch (ArithmeticException e) {
          // too large: refused below
        }
      }
      throw new JsonbException("a whole number was expected, not " + value);
    }
  }

  /** A yes/no field takes JSON true or false. */
  private static final class StrictTruth implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      if (value == JsonValue.NULL) {
        return null;
      }
      if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
        return value == JsonValue.TRUE;
      }
      throw new JsonbException("true or false was expected, not " + value);
    }
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
