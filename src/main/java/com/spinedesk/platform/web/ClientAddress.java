package com.spinedesk.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The network address of the device that sent a request. SpineDesk listens on loopback behind the
 * clinic's TLS proxy (deploy/README.md), so the connection itself always comes from the proxy; the
 * proxy appends the real client to {@code X-Forwarded-For}, and the last entry is the one it wrote
 * (earlier entries come from the client and may be forged).
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    String direct = request.getRemoteAddr();
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded == null || forwarded.isBlank() || !isLoopback(direct)) {
      return direct;
    }
    String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
    return last.isEmpty() ? direct : last;
  }

  private static boolean isLoopback(String address) {
    return address != null
        && (address.startsWith("127.")
            || address.equals("::1")
            || address.equals("0:0:0:0:0:0:0:1"));
  }
}
