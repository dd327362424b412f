package com.spinedesk.platform.application;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Prints an {@link Html} page to a tagged, accessible PDF (PDF/UA): the structure of headings,
 * lists and tables is kept for screen readers, the text is selectable, and the fonts (Liberation
 * Sans, from the openpdf-fonts-extra artifact) are embedded so the page looks the same on every
 * printer. Nothing is fetched from outside: a printed page has no external resources.
 */
public final class PdfPrinter {

  /** The font family the print style sheets name. */
  public static final String FONT = "Liberation Sans";

  private static final String FONTS = "/liberation/LiberationSans-";

  private PdfPrinter() {}

  public static byte[] print(Html page) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.usePdfUaAccessibility(true);
      builder.withProducer("SpineDesk");
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      font(builder, "Regular", 400, FontStyle.NORMAL);
      font(builder, "Bold", 700, FontStyle.NORMAL);
      font(builder, "Italic", 400, FontStyle.ITALIC);
      font(builder, "BoldItalic", 700, FontStyle.ITALIC);
      builder.withW3cDocument(page.document(), "about:blank");
      builder.toStream(pdf);
      builder.run();
    } catch (IOException e) {
      // Not the title: it names the patient, and this message reaches the server log.
      throw new UncheckedIOException("Could not print a document", e);
    }
    return pdf.toByteArray();
  }

  private static void font(PdfRendererBuilder builder, String face, int weight, FontStyle style) {
    String resource = FONTS + face + ".ttf";
    builder.useFont(
        () -> {
          InputStream in = PdfPrinter.class.getResourceAsStream(resource);
          if (in == null) {
            throw new IllegalStateException("Font missing from the WAR: " + resource);
          }
          return in;
        },
        FONT,
        weight,
        style,
        true);
  }
}
