package com.spinedesk.it;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads printed documents the way the tests check them: their text, whether they are tagged, and
 * every page as a picture in target/screenshots, to look at as the clinic would on paper.
 */
public final class Pdfs {
  private static final Path SCREENSHOTS =
      Path.of(System.getProperty("spinedesk.build.directory", "target"), "screenshots");

  private Pdfs() {}

  /** A loaded PDF's facts: text, pages, tagging and language. */
  public record Printed(
      String text, int pages, boolean tagged, String language, List<Path> images) {}

  /** Reads the PDF and saves its pages as NAME-page-N.png (100 dpi). */
  public static Printed read(byte[] pdf, String name) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      Files.createDirectories(SCREENSHOTS);
      List<Path> images = new ArrayList<>();
      for (int page = 0; page < document.getNumberOfPages(); page++) {
        BufferedImage image = renderer.renderImageWithDPI(page, 100);
        Path file = SCREENSHOTS.resolve(name + "-page-" + (page + 1) + ".png");
        ImageIO.write(image, "png", file.toFile());
        images.add(file);
      }
      return new Printed(
          new PDFTextStripper().getText(document),
          document.getNumberOfPages(),
          document.getDocumentCatalog().getMarkInfo() != null
              && document.getDocumentCatalog().getMarkInfo().isMarked(),
          document.getDocumentCatalog().getLanguage(),
          images);
    }
  }
}
