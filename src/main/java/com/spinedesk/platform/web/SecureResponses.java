package com.spinedesk.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every response carries (OWASP ASVS V14.4): the browser must not guess content types, must
 * not tell other sites which SpineDesk page a link came from, and must not keep a copy of any page,
 * since every page may show patient data. Only the versioned static resources (style sheets,
 * scripts, icons, fonts) may be cached. The Content-Security-Policy itself comes from PrimeFaces
 * (web.xml, {@code primefaces.CSP}), which knows the nonce of each page's scripts.
 */
public class SecureResponses extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    if (!isStaticResource(request)) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
    chain.doFilter(request, response);
  }

  private static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
  }
}
