package com.spinedesk.it;

import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for browser journeys, closed off from every host but this one: its own
 * profile and HOME under target/, no background traffic, the driver at /usr/bin/chromedriver. Saves
 * screenshots to target/screenshots and checks pages with axe-core.
 */
public final class Browser implements AutoCloseable {
  public static final Dimension DESKTOP = new Dimension(1280, 900);
  public static final Dimension TABLET = new Dimension(820, 1180);

  private static final Path BUILD =
      Path.of(System.getProperty("spinedesk.build.directory", "target"));

  /**
   * Chromium processes between journeys. Starting one takes seconds on a busy machine (a new
   * profile, the driver, the browser); a journey asks for a fresh browser many times. A closed
   * browser forgets everything the clinic's server could recognise (cookies, storage, cache, open
   * windows) and waits here for the next journey, so each one still starts as a stranger.
   */
  private static final Deque<Chrome> IDLE = new ConcurrentLinkedDeque<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.forEach(Chrome::quit)));
  }

  private final Chrome chrome;
  private final ChromeDriver driver;
  private final String base;

  private Browser(Chrome chrome, URL base) {
    this.chrome = chrome;
    this.driver = chrome.driver();
    String url = base.toExternalForm();
    this.base = url.endsWith("/") ? url : url + "/";
  }

  /** A browser with no cookies, storage or history of any earlier journey, sized as asked. */
  public static Browser open(URL base, Dimension size) throws IOException {
    Chrome chrome = IDLE.poll();
    if (chrome == null) {
      chrome = Chrome.start();
    }
    chrome.driver().manage().window().setSize(size);
    return new Browser(chrome, base);
  }

  /** One Chromium and its driver, closed off from every host but this one. */
  private record Chrome(ChromeDriver driver, ChromeDriverService service) {

    static Chrome start() throws IOException {
      Path home = Files.createDirectories(BUILD.resolve("chrome/" + UUID.randomUUID()));
      ChromeOptions options = new ChromeOptions();
      options.setBinary("/usr/bin/chromium");
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--lang=en-US",
          "--user-data-dir=" + home.resolve("profile"),
          "--window-size=" + DESKTOP.width + "," + DESKTOP.height);
      ChromeDriverService service =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(new File("/usr/bin/chromedriver"))
              .usingAnyFreePort()
              .withEnvironment(
                  Map.of(
                      "HOME", home.toString(),
                      "XDG_CONFIG_HOME", home.resolve("config").toString(),
                      "XDG_CACHE_HOME", home.resolve("cache").toString()))
              .build();
      return new Chrome(new ChromeDriver(service, options), service);
    }

    /**
     * Forgets the journey: one window on a blank page, no cookies, nothing stored for the server's
     * origin, no cache. False when the browser no longer answers (it is then of no further use).
     */
    boolean forget(String origin) {
      try {
        String first = driver.getWindowHandles().iterator().next();
        for (String window : driver.getWindowHandles()) {
          if (!window.equals(first)) {
            driver.switchTo().window(window).close();
          }
        }
        driver.switchTo().window(first);
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand(
            "Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
        return true;
      } catch (WebDriverException gone) {
        return false;
      }
    }

    void quit() {
      try {
        driver.quit();
      } finally {
        service.stop();
      }
    }
  }

  public void get(String path) {
    driver.get(base + path);
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  public WebElement element(String cssSelector) {
    return await(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(cssSelector)));
  }

  /** The element whose id is exactly this client id (Faces ids contain colons). */
  public WebElement byId(String clientId) {
    return await(ExpectedConditions.visibilityOfElementLocated(By.id(clientId)));
  }

  /** Waits up to 20 s; on time-out saves the screen as target/screenshots/failure-*.png. */
  private <T> T await(ExpectedCondition<T> condition) {
    try {
      return waiting(Duration.ofSeconds(20)).until(condition);
    } catch (TimeoutException e) {
      try {
        screenshot("failure-" + System.currentTimeMillis());
      } catch (IOException ignored) {
        // The time-out is the failure worth reporting.
      }
      throw e;
    }
  }

  public void type(String clientId, String text) {
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement field = byId(clientId);
        // Select-all and overtype, as a person does: WebDriver's clear() fires a change event that
        // makes PrimeFaces' date picker re-parse the empty field and drop the next keystrokes.
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        field.sendKeys(text);
        return;
      } catch (WebDriverException replaced) {
        // PrimeFaces widgets may re-create their input while initialising; find it again.
        if (attempt == 3 || !isReplacedNode(replaced)) {
          throw replaced;
        }
      }
    }
  }

  private static boolean isReplacedNode(WebDriverException e) {
    String message = String.valueOf(e.getMessage());
    return e instanceof StaleElementReferenceException
        || message.contains("does not belong to the document")
        || message.contains("No node with given id found");
  }

  public String value(String clientId) {
    return byId(clientId).getDomProperty("value");
  }

  public void select(String clientId, String visibleText) {
    new org.openqa.selenium.support.ui.Select(byId(clientId)).selectByVisibleText(visibleText);
  }

  /**
   * A wait that looks every 50 ms: Selenium's default of 500 ms added most of a second to each of
   * the questionnaire's hundred-odd ajax answers, though the server answers in a tenth of that.
   */
  private WebDriverWait waiting(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout);
    wait.pollingEvery(Duration.ofMillis(50));
    return wait;
  }

  public void click(String clientId) {
    byId(clientId).click();
  }

  /** Clicks and waits until the page was replaced by a new one (a full request). */
  public void clickAndWaitForPage(String clientId) {
    WebElement old = driver.findElement(By.tagName("html"));
    byId(clientId).click();
    await(replaced(old));
  }

  /**
   * Like {@link ExpectedConditions#stalenessOf}, but also accepts Chromium's other answer for a
   * node of a page that is gone ("does not belong to the document"), which stalenessOf rethrows.
   */
  private static ExpectedCondition<Boolean> replaced(WebElement element) {
    return driver -> {
      try {
        element.isEnabled();
        return false;
      } catch (WebDriverException gone) {
        if (isReplacedNode(gone)) {
          return true;
        }
        throw gone;
      }
    };
  }

  /** Waits up to 20 s for the text; on time-out saves the screen, like the other waits. */
  public void waitForText(String cssSelector, String text) {
    await(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(cssSelector), text));
  }

  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public List<String> texts(String cssSelector) {
    return driver.findElements(By.cssSelector(cssSelector)).stream()
        .map(WebElement::getText)
        .toList();
  }

  public List<WebElement> findAll(String cssSelector) {
    return driver.findElements(By.cssSelector(cssSelector));
  }

  /**
   * Waits up to 20 s until the condition holds, asking again while an Ajax update replaces the
   * elements it looks at.
   */
  public void waitUntil(BooleanSupplier condition) {
    await(
        driver -> {
          try {
            return condition.getAsBoolean();
          } catch (WebDriverException replaced) {
            if (isReplacedNode(replaced)) {
              return false;
            }
            throw replaced;
          }
        });
  }

  /** Waits until PrimeFaces has no Ajax request waiting or running. */
  public void waitForAjax() {
    waitUntil(
        () ->
            Boolean.TRUE.equals(
                script(
                    "return !window.PrimeFaces || !PrimeFaces.ajax"
                        + " || (PrimeFaces.ajax.Queue.isEmpty() && !PrimeFaces.ajax.Queue.xhrs.length);")));
  }

  /** Waits for an Ajax update to replace the element; false when nothing replaced it in time. */
  public boolean waitUntilReplaced(WebElement element, Duration timeout) {
    try {
      waiting(timeout).until(replaced(element));
      return true;
    } catch (TimeoutException e) {
      return false;
    }
  }

  /**
   * Fetches a path with this browser's session (its cookies), as a link opened in a new tab would,
   * and returns the response: for PDFs, which the headless browser would not show.
   */
  public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
    String cookies =
        driver.manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + path)).header("Cookie", cookies).build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  public Object script(String javascript, Object... arguments) {
    return driver.executeScript(javascript, arguments);
  }

  /**
   * Ends this browser's session as a server-side time-out would: the browser keeps a session cookie
   * the server no longer knows.
   */
  public void loseSession() {
    driver.manage().deleteCookieNamed("JSESSIONID");
    driver
        .manage()
        .addCookie(new org.openqa.selenium.Cookie("JSESSIONID", "timed0out0session", "/"));
  }

  /**
   * Signs in and waits for the staff page it leads to, so the next request carries the session that
   * the sign-in began (it gets a new id then).
   */
  public void signIn(String username, String password) {
    get("login.xhtml");
    type("loginForm:username", username);
    type("loginForm:password", password);
    clickAndWaitForPage("loginForm:signIn");
    byId("sessionForm:signOut");
  }

  public void signOut() {
    clickAndWaitForPage("sessionForm:signOut");
  }

  /** Saves target/screenshots/NAME.png: the whole page, not only the part in the window. */
  public Path screenshot(String name) throws IOException {
    Path dir = Files.createDirectories(BUILD.resolve("screenshots"));
    Path target = dir.resolve(name + ".png");
    double[] size = contentSize();
    if (size[0] == 0 || size[1] == 0) {
      // Chromium reports no layout while a page is still being laid out (seen on a loaded
      // machine); the window's own picture is better than no picture.
      Files.write(target, driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
      return target;
    }
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", size[0], "height", size[1], "scale", 1)));
    Files.write(target, Base64.getDecoder().decode((String) shot.get("data")));
    return target;
  }

  /** The page's laid-out width and height, asked again for a few seconds while they are zero. */
  private double[] contentSize() {
    double[] size = {0, 0};
    for (int attempt = 0; attempt < 25 && (size[0] == 0 || size[1] == 0); attempt++) {
      if (attempt > 0) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
      @SuppressWarnings("unchecked")
      Map<String, Object> content = (Map<String, Object>) metrics.get("cssContentSize");
      size[0] = ((Number) content.get("width")).doubleValue();
      size[1] = ((Number) content.get("height")).doubleValue();
    }
    return size;
  }

  /** Takes the screenshot and fails on any serious or critical axe-core (WCAG 2.1 AA) violation. */
  public void checkScreen(String name) throws IOException {
    screenshot(name);
    Results results =
        new AxeBuilder()
            .withOptions(violationsOnly())
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            // One axe.run in the page itself. The default runs axe per frame and then again in a
            // new blank window to merge the frames' results, twice the work and a window opened
            // and closed per check; SpineDesk's pages have no frames to merge.
            .setLegacyMode(true)
            .analyze(driver);
    List<Rule> severe =
        results.getViolations().stream()
            .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
            .toList();
    if (!severe.isEmpty()) {
      fail(
          "axe-core found serious/critical violations on "
              + name
              + ":\n"
              + severe.stream()
                  .map(
                      v ->
                          v.getId()
                              + " ("
                              + v.getImpact()
                              + "): "
                              + v.getHelp()
                              + " at "
                              + v.getNodes().stream()
                                  .map(n -> String.valueOf(n.getTarget()))
                                  .collect(Collectors.joining(", ")))
                  .collect(Collectors.joining("\n")));
    }
  }

  /**
   * Only violations come back: by default axe also returns every passing and undecided check with
   * its nodes, a large answer to send, read and parse for each page that nothing here looks at.
   */
  private static AxeRunOptions violationsOnly() {
    AxeRunOptions options = new AxeRunOptions();
    options.setResultTypes(List.of("violations"));
    return options;
  }

  @Override
  public void close() {
    URI server = URI.create(base);
    if (chrome.forget(server.getScheme() + "://" + server.getAuthority())) {
      IDLE.push(chrome);
    } else {
      chrome.quit();
    }
  }
}
