package dev.touchstone.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.BoardServer;
import dev.touchstone.support.SampleBoards;
import dev.touchstone.sync.SyncService;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PrintOptions;

/**
 * The patient's pages in a real browser: Debian's Chromium, headless, through its ChromeDriver,
 * against the service on loopback with the sample boards synced. Screenshots go to {@code
 * target/screenshots/}. Without Chromium the tests are skipped, unless {@code
 * touchstone.test.browser=required} (scripts/test) makes that a failure.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatientPageBrowserTest implements TestPropertyProvider {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  private final BoardServer boards = SampleBoards.start();
  private ChromeDriver browser;
  private Path profile;

  @Inject SyncService sync;
  @Inject EmbeddedServer server;

  @Override
  public Map<String, String> getProperties() {
    return SampleBoards.properties(boards);
  }

  @BeforeAll
  void startBrowser() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "required".equals(System.getProperty("touchstone.test.browser"))) {
      throw new IllegalStateException(
          "Chromium and ChromeDriver are required (/usr/bin/chromium, /usr/bin/chromedriver): "
              + "apt-get install chromium chromium-driver");
    }
    Assumptions.assumeTrue(installed, "Chromium is not installed; scripts/test installs it");
    List.of("us-wa-doh", "us-tx-tdlr", "us-npi-nppes", "us-oig-leie").forEach(sync::run);
    Files.createDirectories(SCREENSHOTS);
    profile = Files.createTempDirectory("touchstone-chromium");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--window-size=412,1000",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
    boards.close();
  }

  private void open(String path) {
    browser.get(server.getURL() + path);
  }

  private void screenshot(String name) {
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String verdictOf(String name, String state, String licenseNumber) {
    open("/?state=" + state);
    browser.findElement(By.id("name")).sendKeys(name);
    if (licenseNumber != null) {
      browser.findElement(By.id("licenseNumber")).sendKeys(licenseNumber);
    }
    browser.findElement(By.cssSelector("form.search button")).click();
    browser.findElement(By.cssSelector("form.check button")).click();
    return browser.findElement(By.id("verdict-heading")).getText();
  }

  @Test
  void aPatientFindsATherapistByNameAndSeesTheirLicensesAsCards() {
    open("/?state=WA");
    assertThat(browser.findElement(By.cssSelector("#state option:checked")).getText())
        .isEqualTo("Washington");
    browser.findElement(By.id("name")).sendKeys("maggie ostrowski");
    browser.findElement(By.cssSelector("form.search button")).click();

    WebElement card = browser.findElement(By.cssSelector("ul.cards li.card"));
    assertThat(card.findElement(By.tagName("h3")).getText()).containsIgnoringCase("Ostrowski");
    assertThat(card.getText()).contains("LMT.MA.60218734", "Active", "expires");
    assertThat(browser.findElement(By.id("name")).getAttribute("value"))
        .isEqualTo("maggie ostrowski");
    screenshot("search");
  }

  @Test
  void eachKindOfVerdictIsSaidInWordsWithItsReasonsChecklistAndFreshness() {
    assertThat(verdictOf("Marguerite Ostrowski", "WA", "MA60218734")).isEqualTo("Verified");
    assertThat(browser.findElements(By.cssSelector("ol.checklist li"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector("table.sources")).getText())
        .contains("Washington State Department of Health");
    assertThat(browser.findElement(By.cssSelector(".aftercare")).getText())
        .contains("soreness", "doctor");
    screenshot("verdict-verified");

    assertThat(verdictOf("Maggie Ostrowski", "WA", "MA60218734")).isEqualTo("Caution");
    // The warning is said once, in the verdict box; the reasons list the rest.
    assertThat(browser.findElement(By.cssSelector(".summary")).getText()).contains("only in part");
    assertThat(browser.findElement(By.cssSelector("ul.reasons")).getText())
        .doesNotContain("only in part")
        .contains("Good to know:");
    screenshot("verdict-caution");

    assertThat(verdictOf("Darius Whitcombe", "WA", null)).isEqualTo("Not verified");
    assertThat(browser.findElement(By.cssSelector(".summary")).getText())
        .doesNotContain("Not verified")
        .contains("revoked");
    assertThat(browser.findElement(By.cssSelector("ul.reasons")).getText())
        .doesNotContain("revoked")
        .contains("Check this:");
    assertThat(browser.findElement(By.id("next-heading")).findElement(By.xpath("..")).getText())
        .contains("Do not book");
    screenshot("verdict-not-verified");
  }

  @Test
  void aVerdictHasItsOwnAddressThatShowsTheSameCheckLater() {
    verdictOf("Darius Whitcombe", "WA", null);
    String address = browser.getCurrentUrl();
    String summary = browser.findElement(By.cssSelector(".summary")).getText();
    assertThat(address).matches(".*/verify/[0-9a-f-]{36}");

    open("/");
    browser.get(address);

    assertThat(browser.findElement(By.cssSelector(".summary")).getText()).isEqualTo(summary);
    assertThat(browser.findElement(By.cssSelector("a.permalink")).getAttribute("href"))
        .isEqualTo(address);
  }

  @Test
  void eachKindOfPrintedVerdictFitsOnOnePageWithoutTheSearchAndLinks() {
    for (String[] check :
        List.of(
            new String[] {"Marguerite Ostrowski", "WA", "MA60218734"},
            new String[] {"Maggie Ostrowski", "WA", "MA60218734"},
            new String[] {"Darius Whitcombe", "WA", null})) {
      String verdict = verdictOf(check[0], check[1], check[2]);
      String pdf =
          new String(
              Base64.getDecoder().decode(browser.print(new PrintOptions()).getContent()),
              StandardCharsets.ISO_8859_1);
      assertThat(Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf).results().count())
          .as(verdict + " printed")
          .isEqualTo(1);
    }

    browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(browser.findElement(By.cssSelector("p.back")).isDisplayed()).isFalse();
      assertThat(browser.findElement(By.cssSelector("footer.site")).isDisplayed()).isFalse();
      assertThat(browser.findElement(By.id("verdict-heading")).isDisplayed()).isTrue();
      screenshot("verdict-print");
    } finally {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }

  @Test
  void aSearchLandsOnItsResults() {
    open("/?state=WA");
    browser.findElement(By.id("name")).sendKeys("Marguerite Ostrowski");
    browser.findElement(By.cssSelector("form.search button")).click();
    browser.findElement(By.cssSelector("ul.cards li.card"));
    assertThat(browser.getCurrentUrl()).endsWith("#results");
    Number top =
        (Number)
            browser.executeScript(
                "return document.getElementById('results').getBoundingClientRect().top;");
    assertThat(top.doubleValue()).as("the results at the top of the screen").isBetween(-1.0, 1.0);
    screenshot("search-landed");
  }

  @Test
  void everyPageReflowsAt320PixelsWithoutScrollingSideways() {
    browser.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
    try {
      open(
          "/?name=Simone%20Oyelaran-Fitzgerald%20Whitcombe&state=WA&licenseNumber=LMT.MA.99999999");
      assertNoSidewaysScroll("a search with a long name and a number not on record");
      open("/?name=Ostrowski&state=WA");
      assertNoSidewaysScroll("search results");
      screenshot("search-320");
      for (String[] check :
          List.of(
              new String[] {"Marguerite Ostrowski", "WA", "MA60218734"},
              new String[] {"Darius Whitcombe", "WA", null},
              new String[] {"Jane Doe", "KS", null})) {
        verdictOf(check[0], check[1], check[2]);
        assertNoSidewaysScroll(check[0] + " in " + check[1]);
      }
      screenshot("verdict-320");
    } finally {
      browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private void assertNoSidewaysScroll(String page) {
    Number wide = (Number) browser.executeScript("return document.documentElement.scrollWidth;");
    // Said on failure: the elements that reach past the screen's edge.
    Object past =
        browser.executeScript(
            "return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > 320)"
                + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round("
                + "e.getBoundingClientRect().right) + ': ' + e.textContent.slice(0, 60)).join('\\n');");
    assertThat(wide.intValue())
        .as(page + ": page width at 320 px; past the edge:\n" + past)
        .isLessThanOrEqualTo(320);
  }

  @Test
  void theWholeCheckWorksWithTheKeyboardAlone() {
    open("/");
    tabTo("name").sendKeys("Marguerite Ostrowski");
    tabTo("state").sendKeys("Washington");
    tabTo("licenseNumber").sendKeys("MA60218734", Keys.TAB);
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);

    WebElement check = tabToButton("Check ");
    check.sendKeys(Keys.ENTER);

    assertThat(browser.findElement(By.id("verdict-heading")).getText()).isEqualTo("Verified");
  }

  @Test
  void mistakesAndEmptyResultsAreExplainedInPlainWords() {
    open("/?name=J&licenseNumber=x1&state=ZZ");
    assertThat(browser.findElement(By.cssSelector(".message.error")).getText())
        .contains("Therapist's name", "State");
    assertThat(browser.findElement(By.id("name")).getAttribute("aria-invalid")).isEqualTo("true");

    open("/?name=Zebulon%20Quackenbush&state=WA");
    assertThat(browser.findElement(By.id("results-heading")).getText())
        .isEqualTo("We found no license under “Zebulon Quackenbush” in Washington");

    open("/?name=Jane%20Doe&state=KS");
    assertThat(browser.findElement(By.cssSelector(".message.notice h2")).getText())
        .contains("Kansas does not license massage therapists");
  }

  private WebElement tabTo(String id) {
    for (int i = 0; i < 20; i++) {
      WebElement focused = browser.switchTo().activeElement();
      if (id.equals(focused.getAttribute("id"))) {
        return focused;
      }
      focused.sendKeys(Keys.TAB);
    }
    throw new AssertionError("the keyboard never reached #" + id);
  }

  private WebElement tabToButton(String label) {
    for (int i = 0; i < 40; i++) {
      WebElement focused = browser.switchTo().activeElement();
      if ("button".equals(focused.getTagName()) && focused.getText().startsWith(label)) {
        return focused;
      }
      focused.sendKeys(Keys.TAB);
    }
    throw new AssertionError("the keyboard never reached a button '" + label + "…'");
  }
}
