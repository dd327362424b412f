package com.spinedesk.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Renders every error page as a fresh page, whatever request failed. An error page shown for a form
 * post would otherwise be taken for a post of that form: Faces would try to restore it, and
 * PrimeFaces would check the post's CSP nonce against the error page's, so a tampered or expired
 * post would end in a second error instead of its friendly page. Applies to the ERROR dispatch only
 * (web.xml).
 */
public class ErrorPageRequests extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new FreshPage(request), response);
  }

  /** The failed request seen as a plain GET of the error page, without the failed form's fields. */
  private static final class FreshPage extends HttpServletRequestWrapper {
    FreshPage(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }
  }
}
