package com.spinedesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * One browser's worth of HTTP for tests that need many people at once: its own cookies (its own
 * session), no JavaScript, Faces forms posted as a browser posts them (every field of the form, the
 * view state, the pressed button). Redirects are followed by hand, so each status is seen.
 */
public final class WebSession {
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  private final URI base;
  private final HttpClient client;

  private WebSession(URI base) {
    this.base = base;
    CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** A new browser with no session yet. */
  public static WebSession anonymous(URI base) {
    return new WebSession(base);
  }

  /** A new browser signed in as the user; fails the test if the sign-in is refused. */
  public static WebSession signedIn(URI base, String username, String password) {
    WebSession session = new WebSession(base);
    Page result = session.signIn(username, password);
    if (!result.isSignedIn()) {
      throw new AssertionError("Sign-in of " + username + " refused: " + result);
    }
    return session;
  }

  /** Submits the sign-in form and follows where it leads. */
  public Page signIn(String username, String password) {
    Page login = open("login.xhtml");
    return submit(
        login,
        "loginForm",
        "loginForm:signIn",
        Map.of("loginForm:username", username, "loginForm:password", password));
  }

  /** One GET, redirects not followed. */
  public Page get(String path) {
    return send(HttpRequest.newBuilder(resolve(path)).GET());
  }

  /** A GET that follows redirects as a browser would, returning the last page. */
  public Page open(String path) {
    return follow(get(path));
  }

  /** One POST of url-encoded fields, redirects not followed. */
  public Page post(String path, Map<String, String> fields) {
    return send(
        HttpRequest.newBuilder(resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(encode(fields.entrySet().stream().toList()))));
  }

  /**
   * Posts the form {@code formId} of the page as a browser does when {@code button} is pressed:
   * every field's current value, overridden by {@code values} (a name with a null value is left
   * out). Follows the redirect after a successful post.
   */
  public Page submit(Page page, String formId, String button, Map<String, String> values) {
    return follow(post(page, formId, button, values));
  }

  /** The same without following redirects, so the status of the post itself is seen. */
  public Page post(Page page, String formId, String button, Map<String, String> values) {
    return post(page, formId, button, values, null);
  }

  /**
   * The same, sent as the request kind {@code facesRequest} names (the {@code Faces-Request} header
   * PrimeFaces sets on ajax requests: "partial/ajax"), or as a plain form post when null.
   */
  public Page post(
      Page page, String formId, String button, Map<String, String> values, String facesRequest) {
    Element element = page.html().getElementById(formId);
    if (!(element instanceof FormElement form)) {
      throw new AssertionError("No form " + formId + " on " + page.uri() + ": " + page.title());
    }
    List<Map.Entry<String, String>> body = new ArrayList<>();
    form.formData().forEach(kv -> body.add(Map.entry(kv.key(), kv.value())));
    // PrimeFaces' script adds the page's CSP nonce to every form it sends; so does this browser.
    page.cspNonce().ifPresent(nonce -> body.add(Map.entry("primefaces.nonce", nonce)));
    values.forEach(
        (name, value) -> {
          body.removeIf(e -> e.getKey().equals(name));
          if (value != null) {
            body.add(Map.entry(name, value));
          }
        });
    if (button != null) {
      body.add(Map.entry(button, button));
    }
    String action = form.attr("action");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(page.uri().resolve(action.isEmpty() ? page.uri().getPath() : action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(encode(body)));
    if (facesRequest != null) {
      request.header("Faces-Request", facesRequest);
    }
    return send(request);
  }

  /** Sends a request built by the test (extra headers, odd methods), redirects not followed. */
  public Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
      return new Page(
          response.statusCode(),
          response.uri(),
          response.headers(),
          response.body(),
          Jsoup.parse(response.body(), response.uri().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public URI resolve(String path) {
    return base.resolve(path.startsWith("/") ? path.substring(1) : path);
  }

  private Page follow(Page page) {
    Page current = page;
    for (int hops = 0; hops < 5 && current.isRedirect(); hops++) {
      URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
      current = send(HttpRequest.newBuilder(next).GET());
    }
    return current;
  }

  private static String encode(List<Map.Entry<String, String>> fields) {
    return fields.stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  /** What came back: status, address, headers and the parsed page. */
  public record Page(int status, URI uri, HttpHeaders headers, String body, Document html) {

    /** The nonce of the page's Content-Security-Policy, which PrimeFaces checks on every post. */
    public java.util.Optional<String> cspNonce() {
      return headers
          .firstValue("Content-Security-Policy")
          .map(policy -> java.util.regex.Pattern.compile("'nonce-([^']+)'").matcher(policy))
          .filter(java.util.regex.Matcher::find)
          .map(m -> m.group(1));
    }

    public boolean isRedirect() {
      return status == 301 || status == 302 || status == 303 || status == 307;
    }

    public String title() {
      return html.title();
    }

    /** The text of the first element the CSS selector finds, or "" when there is none. */
    public String text(String cssSelector) {
      Element element = html.selectFirst(cssSelector);
      return element == null ? "" : element.text();
    }

    /** Whether this is the page a successful sign-in leads to (a staff page, not an error). */
    public boolean isSignedIn() {
      return status == 200
          && html.getElementById("loginForm") == null
          && html.getElementById("sessionForm") != null;
    }

    @Override
    public String toString() {
      return status + " " + uri + " \"" + title() + "\"";
    }
  }
}
