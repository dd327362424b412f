package com.spinedesk.platform.application;

import com.spinedesk.platform.domain.Paper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.w3c.dom.Element;

/**
 * Starts every printed document the same way: the clinic's paper size and the shared print style
 * sheet, and a letterhead with the clinic's name, address and phone from configuration.
 */
@ApplicationScoped
public class PrintedPage {
  private static final String BASE_CSS = read("/print/document.css");

  @Inject private ClinicSettings settings;

  /**
   * A new page with the letterhead; {@code css} adds the document's own styles, {@code heading} is
   * the document's title printed at the right of the letterhead, {@code footer} is printed at the
   * bottom of every page (the page number is added at the right).
   */
  public Html start(String language, String title, String css, String heading, String footer) {
    return start(settings.paper(), language, title, css, heading, footer);
  }

  /** The same, on a paper size other than the clinic's default (chosen for one document). */
  public Html start(
      Paper paper, String language, String title, String css, String heading, String footer) {
    Html page =
        Html.page(language, title, "@page { size: " + paper.cssSize() + "; }\n" + BASE_CSS + css);
    // A running element must come first to be on the first page too.
    page.text(page.body(), "div", "running-footer", footer);
    Element head = page.add(page.body(), "div", "letterhead");
    Element left = page.add(head, "div", "letterhead-left");
    page.text(left, "div", "clinic-name", settings.clinicName());
    String contact =
        String.join(
            " · ",
            Stream.of(settings.address(), settings.phone()).filter(s -> !s.isBlank()).toList());
    if (!contact.isEmpty()) {
      page.text(left, "div", "clinic-contact", contact);
    }
    Element right = page.add(head, "div", "letterhead-right");
    page.text(right, "h1", "", heading);
    return page;
  }

  public static String read(String resource) {
    try (InputStream in = PrintedPage.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing from the WAR: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
