package com.spinedesk.security.web;

import com.spinedesk.platform.application.DatabaseOutage;
import com.spinedesk.platform.web.FailurePages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.logging.Logger;

/**
 * How staff sign in: a form on {@code /login.xhtml} (the {@link Login} bean hands the credentials
 * over), and afterwards the session remembers who signed in and with which roles.
 *
 * <p>Why not Jakarta Security's built-in form mechanism: its "auto apply session" gives the
 * container only the caller's name on each later request and lets Payara 6 find the roles through a
 * field shared by all threads, so under concurrent requests some signed-in users lost their roles
 * and got "Not allowed" (payara/Payara#6145, fixed only in Payara 7). Here every request tells the
 * container the name and the roles kept in its own session, which never touches that field.
 *
 * <p>Redirects carry a path only, never an address built from the request's {@code Host} header, so
 * a forged header cannot send anyone elsewhere.
 */
@ApplicationScoped
public class StaffSignIn implements HttpAuthenticationMechanism {
  /** The page people sign in on. */
  public static final String LOGIN_PAGE = "/login.xhtml";

  private static final Logger LOG = Logger.getLogger(StaffSignIn.class.getName());
  private static final String SIGNED_IN = StaffSignIn.class.getName() + ".signedIn";
  private static final String WANTED_PAGE = StaffSignIn.class.getName() + ".wantedPage";

  @Inject private IdentityStoreHandler identityStores;

  /** Who signed in to a session, and the roles they had then. */
  record SignedIn(String name, Set<String> roles) implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    SignedIn {
      roles = Set.copyOf(roles);
    }
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      return signIn(request, response, context, credential);
    }
    HttpSession session = request.getSession(false);
    SignedIn signedIn = session == null ? null : (SignedIn) session.getAttribute(SIGNED_IN);
    if (signedIn != null) {
      return context.notifyContainerAboutLogin(signedIn.name(), signedIn.roles());
    }
    if (context.isProtected()) {
      return sendToLoginPage(request, response);
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SIGNED_IN);
    }
    context.cleanClientSubject();
  }

  /**
   * The page a signed-out person asked for before signing in (a path on this server, taken from
   * their own request), or the home page; forgotten once read.
   */
  public static String pageAfterSignIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object wanted = session == null ? null : session.getAttribute(WANTED_PAGE);
    if (session != null) {
      session.removeAttribute(WANTED_PAGE);
    }
    return wanted instanceof String path ? path : request.getContextPath() + "/index.xhtml";
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      Credential credential)
      throws AuthenticationException {
    CredentialValidationResult result;
    try {
      result = identityStores.validate(credential);
    } catch (RuntimeException failure) {
      if (!DatabaseOutage.isCause(failure)) {
        throw failure;
      }
      // Not "wrong password": the accounts cannot be read right now.
      LOG.warning("A sign-in while the database is unreachable");
      try {
        FailurePages.unavailable(response);
      } catch (IOException e) {
        throw new AuthenticationException(e);
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    String wanted = (String) request.getSession().getAttribute(WANTED_PAGE);
    // A new session id at sign-in: an id planted before it (session fixation) is worth nothing.
    request.changeSessionId();
    HttpSession session = request.getSession();
    String name = result.getCallerPrincipal().getName();
    session.setAttribute(SIGNED_IN, new SignedIn(name, result.getCallerGroups()));
    if (wanted != null) {
      session.setAttribute(WANTED_PAGE, wanted);
    }
    return context.notifyContainerAboutLogin(name, result.getCallerGroups());
  }

  private static AuthenticationStatus sendToLoginPage(
      HttpServletRequest request, HttpServletResponse response) throws AuthenticationException {
    String login = request.getContextPath() + LOGIN_PAGE;
    if (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()) {
      // The browser still had a session that timed out: say so on the sign-in page.
      login += "?sessionEnded=true";
    }
    try {
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        // An ajax request of a page whose session ended: Faces' script follows this redirect.
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response
            .getWriter()
            .write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + login
                    + "\"/></partial-response>");
      } else {
        String path = request.getRequestURI();
        // "//host/..." would leave the server when used as a redirect later.
        if ("GET".equals(request.getMethod()) && !path.startsWith("//")) {
          String query = request.getQueryString();
          request.getSession().setAttribute(WANTED_PAGE, path + (query == null ? "" : "?" + query));
        }
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", login);
      }
    } catch (IOException e) {
      throw new AuthenticationException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }
}
