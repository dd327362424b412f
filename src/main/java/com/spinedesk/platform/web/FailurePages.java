package com.spinedesk.platform.web;

import com.spinedesk.platform.application.DatabaseOutage;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.primefaces.csp.CspException;

/**
 * Turns the failures that are nobody's fault into their own status and page instead of "Something
 * went wrong" with an error in the log: the database unreachable (503, "temporarily unavailable",
 * try again shortly) and a form whose page the server no longer has or never had (400, "this page
 * has expired": an old tab, a page left open too long, a forged or foreign view state, or a post
 * with none at all), and a page the person's role does not allow (403, "Not allowed"). Everything
 * else goes on to the 500 page and the log. It sits next to the Faces servlet, inside OmniFaces'
 * exception filter, so these never reach that filter's error log. Ajax requests get the same pages
 * through {@link FailureHandler}.
 */
public class FailurePages extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(FailurePages.class.getName());

  /**
   * Seconds a browser or client is asked to wait before trying again while the database is down.
   */
  static final String RETRY_AFTER_SECONDS = "10";

  private static final String VIEW_STATE = "jakarta.faces.ViewState";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getCharacterEncoding() == null) {
      // Reading a parameter below fixes the encoding; it must be the one every form is sent in.
      request.setCharacterEncoding(StandardCharsets.UTF_8.name());
    }
    if ("POST".equals(request.getMethod()) && request.getParameter(VIEW_STATE) == null) {
      // Every form SpineDesk sends carries its view state; a post without one is not from a page.
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException failure) {
      if (response.isCommitted()) {
        throw failure;
      }
      if (DatabaseOutage.isCause(failure)) {
        LOG.warning(() -> "Database unreachable: " + rootMessage(failure));
        response.reset();
        unavailable(response);
      } else if (isAccessRefused(failure)) {
        // A page the person's role does not allow: the "Not allowed" page, not an error.
        LOG.info(() -> "Refused by role: " + request.getRequestURI());
        response.reset();
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      } else if (isExpiredView(failure)) {
        LOG.fine(() -> "A form's page is no longer held: " + request.getRequestURI());
        response.reset();
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      } else {
        throw failure;
      }
    }
  }

  static boolean isAccessRefused(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof EJBAccessException) {
        return true;
      }
    }
    return false;
  }

  /** Answers "briefly unavailable, try again in a few seconds" (503 with its page). */
  public static void unavailable(HttpServletResponse response) throws IOException {
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
  }

  /**
   * A page the server no longer holds, or a post that is not from the page it claims to be: its
   * view state is unknown, or its CSP nonce (which PrimeFaces' script sends with every form) is not
   * the page's.
   */
  static boolean isExpiredView(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ViewExpiredException || t instanceof CspException) {
        return true;
      }
    }
    return false;
  }

  /** The innermost message: the driver's own words, which name no patient and no SQL. */
  static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
