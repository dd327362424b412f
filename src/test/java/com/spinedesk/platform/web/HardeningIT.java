package com.spinedesk.platform.web;

import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK;
import static com.spinedesk.it.FrontDeskSteps.FRONT_DESK_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.spinedesk.devserver.TestDatabaseSession;
import com.spinedesk.it.ClinicServer;
import com.spinedesk.it.ListeningSockets;
import com.spinedesk.it.WebSession;
import com.spinedesk.it.WebSession.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the network sees of SpineDesk: nothing listening beyond loopback (Payara's Hazelcast binds
 * every interface unless told otherwise), the security headers on every page, the session cookie's
 * attributes, and redirects that ignore a forged Host header.
 */
class HardeningIT {
  private static URI base;

  @BeforeAll
  static void server() throws Exception {
    base = ClinicServer.shared();
  }

  @Test
  void nothingListensBeyondLoopback() throws Exception {
    List<ListeningSockets.Listener> payara =
        ListeningSockets.of(ClinicServer.sharedProcess().pid());
    assertThat(payara).as("Payara's listening sockets").isNotEmpty();
    assertThat(payara).extracting(ListeningSockets.Listener::port).contains(base.getPort());
    assertThat(payara).allSatisfy(l -> assertThat(l.isLoopback()).as(l.toString()).isTrue());

    List<ListeningSockets.Listener> database =
        ListeningSockets.of(TestDatabaseSession.database().pid());
    assertThat(database).isNotEmpty();
    assertThat(database).allSatisfy(l -> assertThat(l.isLoopback()).as(l.toString()).isTrue());
  }

  @Test
  void everyPageCarriesTheSecurityHeaders() {
    WebSession desk = WebSession.signedIn(base, FRONT_DESK, FRONT_DESK_PASSWORD);
    for (Page page :
        List.of(
            WebSession.anonymous(base).get("login.xhtml"),
            desk.get("patients/find.xhtml"),
            desk.get("index.xhtml"),
            desk.get("patients/patient.xhtml?id=abc"))) {
      assertThat(page.headers().firstValue("X-Content-Type-Options"))
          .as(page.toString())
          .hasValue("nosniff");
      assertThat(page.headers().firstValue("Referrer-Policy"))
          .as(page.toString())
          .hasValue("same-origin");
      assertThat(page.headers().firstValue("Cache-Control"))
          .as(page.toString())
          .hasValue("no-store");
      assertThat(page.headers().firstValue("Server")).as(page.toString()).isEmpty();
      assertThat(page.headers().firstValue("X-Powered-By")).as(page.toString()).isEmpty();
    }
    for (Page page :
        List.of(WebSession.anonymous(base).get("login.xhtml"), desk.get("index.xhtml"))) {
      String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
      String scripts = policy.substring(policy.indexOf("script-src"));
      assertThat(scripts)
          .as(policy)
          .contains("'self'", "'nonce-")
          .doesNotContain("unsafe-inline", "unsafe-eval");
      assertThat(policy)
          .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'");
      // Every script on the page carries the policy's nonce.
      String nonce = scripts.replaceAll(".*'nonce-([^']+)'.*", "$1");
      assertThat(page.html().select("script"))
          .allSatisfy(s -> assertThat(s.attr("nonce")).isEqualTo(nonce));
      assertThat(page.html().select("[onclick~=\\S], [onchange~=\\S], [oninput~=\\S]"))
          .as("inline event handlers")
          .isEmpty();
    }
  }

  @Test
  void theSessionCookieIsLaxHttpOnlyAndSecureBehindTheTlsProxy() {
    String plain =
        WebSession.anonymous(base).get("login.xhtml").headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertThat(plain).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    assertThat(plain).doesNotContainIgnoringCase("Secure");

    WebSession proxied = WebSession.anonymous(base);
    String overTls =
        proxied
            .send(
                HttpRequest.newBuilder(proxied.resolve("login.xhtml"))
                    .header("X-Forwarded-Proto", "https"))
            .headers()
            .allValues("Set-Cookie")
            .stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .findFirst()
            .orElseThrow();
    assertThat(overTls)
        .containsIgnoringCase("Secure")
        .containsIgnoringCase("SameSite=Lax")
        .containsIgnoringCase("HttpOnly");
  }

  @Test
  void redirectsNeverFollowAForgedHostHeader() throws Exception {
    String answer = raw("GET /patients/find.xhtml HTTP/1.1\r\nHost: evil.example\r\n");
    assertThat(answer).startsWith("HTTP/1.1 302");
    assertThat(location(answer)).isEqualTo("/login.xhtml");

    String root = raw("GET /patients HTTP/1.1\r\nHost: evil.example\r\n");
    assertThat(root).doesNotContain("evil.example");
  }

  @Test
  void oneGuesserOfTabletCodesDoesNotLockOutTheWaitingRoom() {
    String guesser = "10.66.0." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 250);
    String lastAnswer = "";
    for (int i = 0; i <= 12; i++) {
      lastAnswer = tryCode(guesser, "QQQQQQ");
    }
    assertThat(lastAnswer).contains("Too many wrong codes");

    assertThat(tryCode("10.21.0.7", "WWWWWW"))
        .as("another tablet, through the same proxy")
        .contains("This code does not work")
        .doesNotContain("Too many");
  }

  /** Types a code on the tablet's first page, as a tablet behind the clinic's proxy would. */
  private static String tryCode(String client, String code) {
    WebSession tablet = WebSession.anonymous(base);
    Page page = tablet.open("kiosk/index.xhtml");
    String body =
        "kioskForm=kioskForm&kioskForm%3Acode="
            + code
            + "&kioskForm%3Astart=start&primefaces.nonce="
            + page.cspNonce().orElseThrow()
            + "&jakarta.faces.ViewState="
            + java.net.URLEncoder.encode(
                page.html().selectFirst("input[name=jakarta.faces.ViewState]").val(),
                StandardCharsets.UTF_8);
    Page answer =
        tablet.send(
            HttpRequest.newBuilder(tablet.resolve("kiosk/index.xhtml"))
                .header("X-Forwarded-For", client)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    return answer.text(".item-error");
  }

  private static String location(String response) {
    return response
        .lines()
        .filter(l -> l.regionMatches(true, 0, "Location:", 0, 9))
        .map(l -> l.substring(9).strip())
        .findFirst()
        .orElse("");
  }

  /** Sends a request as typed (Java's HTTP client will not forge a Host header). */
  private static String raw(String requestHead) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", base.getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write((requestHead + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
