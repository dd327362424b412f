package com.spinedesk.homecare.application;

import com.spinedesk.homecare.domain.SheetChoices;
import com.spinedesk.homecare.domain.SheetContent;
import com.spinedesk.homecare.domain.SheetContent.Block;
import com.spinedesk.patient.domain.Patient;
import com.spinedesk.platform.application.ClinicSettings;
import com.spinedesk.platform.application.Html;
import com.spinedesk.platform.application.Messages;
import com.spinedesk.platform.application.PrintedPage;
import com.spinedesk.platform.domain.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Lays out a composed sheet as a printed page: the clinic's letterhead, who it is for, when and
 * from whom, then the sections, the "seek care now" box standing out. The same page is the PDF and
 * the print preview on screen, so what the clinician checks is what the patient gets.
 */
@ApplicationScoped
public class SheetDocument {
  private static final String CSS = PrintedPage.read("/print/home-care-sheet.css");
  private static final String LARGE_PRINT_CSS =
      PrintedPage.read("/print/home-care-sheet-large.css");

  @Inject private PrintedPage printedPage;
  @Inject private ClinicSettings settings;

  /** Who the sheet is for and from, as printed under the letterhead. */
  public record Header(String patientName, String date, String clinicianName) {}

  /** The header of a sheet issued (or previewed) at {@code when}, the date in its language. */
  public Header header(Patient patient, String clinicianName, Language language, Instant when) {
    String date =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(language.locale())
            .format(LocalDate.ofInstant(when, settings.zone()));
    return new Header(patient.displayName(), date, clinicianName);
  }

  public Html page(SheetContent content, Header header, SheetChoices choices) {
    Messages m = Messages.in(choices.language().locale());
    String lang = choices.language().name().toLowerCase(Locale.ROOT);
    Html page =
        printedPage.start(
            choices.paper(),
            lang,
            content.title() + " · " + header.patientName(),
            CSS + (choices.largePrint() ? LARGE_PRINT_CSS : ""),
            content.title(),
            m.text("sheet.footer", header.patientName(), header.date(), header.clinicianName()));
    Element body = page.body();
    Element who = page.add(body, "p", "sheet-for");
    strong(page, who, m.text("sheet.for"), header.patientName());
    page.append(who, "   ");
    strong(page, who, m.text("sheet.date"), header.date());
    page.append(who, "   ");
    strong(page, who, m.text("sheet.clinician"), header.clinicianName());
    page.text(body, "p", "intro", content.intro());
    for (Block block : content.blocks()) {
      Element section = page.add(body, "div", block.boxed() ? "section box seek-care" : "section");
      page.text(section, "h2", "", block.heading());
      for (String sentence : block.sentences()) {
        page.text(section, "p", "", sentence);
      }
      if (!block.list().isEmpty()) {
        Element list = page.add(section, "ul", "");
        block.list().forEach(item -> page.text(list, "li", "", item));
      }
    }
    return page;
  }

  private static void demote(Html page, String from, String to) {
    NodeList found = page.body().getElementsByTagNameNS("*", from);
    List<Node> headings = new ArrayList<>();
    for (int i = 0; i < found.getLength(); i++) {
      headings.add(found.item(i));
    }
    headings.forEach(h -> page.document().renameNode(h, h.getNamespaceURI(), to));
  }

  private static void strong(Html page, Element parent, String label, String value) {
    page.text(parent, "strong", "", label + ": ");
    page.append(parent, value);
  }

  /**
   * The page's content as markup for the preview on screen (without the running footer). Built from
   * the DOM, so every text is escaped.
   */
  public static String previewMarkup(Html page) {
    // On screen the sheet sits under the page's own heading: its headings move two levels down.
    demote(page, "h2", "h4");
    demote(page, "h1", "h3");
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      transformer.setOutputProperty(OutputKeys.METHOD, "html");
      StringWriter markup = new StringWriter();
      for (Node child = page.body().getFirstChild();
          child != null;
          child = child.getNextSibling()) {
        if (child instanceof Element e && "running-footer".equals(e.getAttribute("class"))) {
          continue;
        }
        transformer.transform(new DOMSource(child), new StreamResult(markup));
      }
      return markup.toString();
    } catch (TransformerException e) {
      throw new IllegalStateException("Could not lay out the preview", e);
    }
  }
}
