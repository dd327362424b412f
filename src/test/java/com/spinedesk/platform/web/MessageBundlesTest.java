package com.spinedesk.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every screen speaks English and Spanish: both bundles have the same keys, every key a page names
 * literally exists, and every message is a valid MessageFormat pattern.
 */
class MessageBundlesTest {

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void englishAndSpanishHaveTheSameKeys() throws IOException {
    for (String base : new String[] {"messages", "ValidationMessages"}) {
      Set<String> en = new TreeSet<>(bundle(base + ".properties").stringPropertyNames());
      Set<String> es = new TreeSet<>(bundle(base + "_es.properties").stringPropertyNames());
      assertThat(es).as(base + " keys in Spanish").isEqualTo(en);
    }
  }

  @Test
  void everyKeyAPageNamesExists() throws IOException {
    Set<String> keys = bundle("messages.properties").stringPropertyNames();
    Pattern literal = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");
    Set<String> missing = new TreeSet<>();
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = literal.matcher(Files.readString(page));
        while (m.find()) {
          String key = m.group(1);
          if (!key.endsWith(".") && !keys.contains(key)) {
            missing.add(page.getFileName() + ": " + key);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyMessageIsAValidPattern() throws IOException {
    for (String name : new String[] {"messages.properties", "messages_es.properties"}) {
      Properties p = bundle(name);
      for (String key : p.stringPropertyNames()) {
        String pattern = p.getProperty(key);
        if (pattern.contains("{")) {
          new MessageFormat(pattern, Locale.ENGLISH);
          // An apostrophe in a pattern with arguments must be doubled, or it swallows the text.
          assertThat(pattern.replace("''", "")).as(name + " " + key).doesNotContain("'");
        }
      }
    }
  }
}
