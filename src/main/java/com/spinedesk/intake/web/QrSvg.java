package com.spinedesk.intake.web;

import io.nayuki.qrcodegen.QrCode;

/**
 * Draws a QR code as inline SVG, so the tablet code's QR travels inside the page: no image URL, no
 * copy of the code kept anywhere for a later image request.
 */
public final class QrSvg {
  private static final int QUIET_ZONE = 4;

  private QrSvg() {}

  public static String of(String text, String title) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int size = qr.size + QUIET_ZONE * 2;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M')
              .append(x + QUIET_ZONE)
              .append(',')
              .append(y + QUIET_ZONE)
              .append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" role=\"img\" viewBox=\"0 0 "
        + size
        + " "
        + size
        + "\" width=\"180\" height=\"180\" shape-rendering=\"crispEdges\">"
        + "<title>"
        + escape(title)
        + "</title>"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
        + "<path d=\""
        + path
        + "\" fill=\"#000\"/></svg>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
