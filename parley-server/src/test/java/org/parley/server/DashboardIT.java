package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in headless Chromium over the demo corpus: each view renders the data the API serves, clicks lead
 * to the evidence, and a pasted article is coded. Screenshots of each view go to {@code target/screenshots}.
 * Without Chromium and chromedriver the test is skipped, except under CI (environment variable {@code CI}).
 */
class DashboardIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static TestServer server;
    private static ChromeDriver browser;
    private static WebDriverWait wait;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String why = "browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian: apt-get install chromium chromium-driver)";
            if (System.getenv("CI") != null) {
                fail(why + "; under CI they must run");
            }
            Assumptions.abort(why);
        }
        server = TestServer.get();
        profile = Files.createTempDirectory("parley-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static void open(String hash) {
        // A new hash on the same page would not reload it: start each view from a fresh page.
        browser.get("about:blank");
        browser.get(server.base() + "/#" + hash);
        wait.until(d -> js("return !!(window.parley && parley.status)").equals(Boolean.TRUE));
    }

    private static void screenshot(String name) throws Exception {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void dyadChartShowsTheSeriesAndTheShiftAndClicksThroughToEvidence() throws Exception {
        open("dyad/ARM/AZE/month/3m");
        wait.until(d -> js("var c = echarts.getInstanceByDom(document.getElementById('dyad-chart'));"
                + " return !!c && !!c.getOption() && !!c.getOption().series && c.getOption().series[3].markLine.data.length > 0;").equals(Boolean.TRUE));
        JsonNode api = server.json("/api/dyads/ARM/AZE?by=month");
        @SuppressWarnings("unchecked")
        Map<String, Object> option = (Map<String, Object>) js("var o = echarts.getInstanceByDom("
                + "document.getElementById('dyad-chart')).getOption(); return {x: o.xAxis[0].data,"
                + " vcoop: o.series[0].data, mconf: o.series[3].data, marks: o.series[3].markLine.data.map(m => m.xAxis)};");
        List<?> x = (List<?>) option.get("x");
        assertThat(x).hasSize(api.get("series").size());
        for (int i = 0; i < x.size(); i++) {
            JsonNode p = api.get("series").get(i);
            assertThat(x.get(i)).isEqualTo(p.get("start").asText().substring(0, 7));
            assertThat(((Number) ((List<?>) option.get("vcoop")).get(i)).longValue()).isEqualTo(p.get("verbal_coop").asLong());
            assertThat(((Number) ((List<?>) option.get("mconf")).get(i)).longValue())
                    .isEqualTo(-p.get("material_conflict").asLong());
        }
        assertThat(String.valueOf(option.get("marks"))).contains("2023-04");
        assertThat(browser.findElement(By.id("dyad-shifts")).getText()).contains("deterioration");

        // Click April 2023's bar where the chart draws it.
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) js("var c = echarts.getInstanceByDom(document.getElementById('dyad-chart'));"
                + " var p = c.convertToPixel({seriesIndex: 3}, ['2023-04', -1]); return [p[0], p[1]];");
        WebElement chart = browser.findElement(By.id("dyad-chart"));
        new Actions(browser).moveToElement(chart, at.get(0).intValue() - chart.getSize().getWidth() / 2,
                at.get(1).intValue() - chart.getSize().getHeight() / 2).click().perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dyad-events-title"), "2023-04"));
        wait.until(d -> !d.findElements(By.cssSelector("#dyad-events li")).isEmpty());
        List<WebElement> events = browser.findElements(By.cssSelector("#dyad-events li"));
        assertThat(events).hasSize(server.json("/api/dyads/ARM/AZE/events?from=2023-04-01&to=2023-04-30")
                .get("events").size());
        assertThat(events.get(0).findElements(By.cssSelector("blockquote mark"))).isNotEmpty();
        screenshot("dyad");

        WebElement link = events.get(0).findElement(By.cssSelector("a.doc-link"));
        String evidence = events.get(0).findElement(By.cssSelector("blockquote")).getText();
        link.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence")));
        assertThat(browser.findElement(By.id("evidence")).getText().replaceAll("\\s+", " "))
                .isEqualTo(evidence.replaceAll("\\s+", " "));
        screenshot("document");
    }

    @Test
    void networkDrawsEveryActorWithBlocColoursAndCooperationAndConflictTies() throws Exception {
        open("network");
        wait.until(d -> js("return !!(parley.network && parley.network.cy.nodes().length > 0)").equals(Boolean.TRUE));
        JsonNode api = server.json("/api/network?min_events=1");
        assertThat(((Number) js("return parley.network.cy.nodes().length")).intValue()).isEqualTo(api.get("nodes").size());
        assertThat(((Number) js("return parley.network.cy.edges().length")).intValue()).isEqualTo(api.get("edges").size());
        for (JsonNode e : api.get("edges")) {
            String colour = (String) js("return parley.network.cy.getElementById(arguments[0]).style('line-color')",
                    e.get("a").asText() + "~" + e.get("b").asText());
            boolean cooperative = e.get("cooperation").asLong() >= e.get("conflict").asLong();
            assertThat(colour).as(e.toString()).isEqualTo(cooperative ? "rgb(46,157,106)" : "rgb(209,73,91)");
        }
        long blocColours = ((Number) js("return new Set(parley.network.cy.nodes().map(n => n.data('colour'))).size"))
                .longValue();
        assertThat(blocColours).isGreaterThan(1);
        screenshot("network");
    }

    @Test
    void briefShowsClaimsThatLinkToTheirEvidence() throws Exception {
        open("brief/RUS/Hamas");
        wait.until(d -> !d.findElements(By.cssSelector("#brief a.cite")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#brief h1")).getText()).isEqualTo("Russia and Hamas");
        List<WebElement> cites = browser.findElements(By.cssSelector("#brief a.cite"));
        assertThat(cites.size()).isGreaterThanOrEqualTo(server.json("/api/brief/RUS/Hamas").get("timeline").size());
        screenshot("brief");
        String claimed = cites.get(0).getAttribute("title");
        cites.get(0).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence")));
        assertThat(browser.findElement(By.id("evidence")).getText().replaceAll("\\s+", " ").strip()).isEqualTo(claimed);
    }

    @Test
    void aPastedArticleIsCodedAndStored() throws Exception {
        open("ingest");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ingest-token")));
        browser.findElement(By.id("ingest-token")).sendKeys(TestServer.TOKEN);
        browser.findElement(By.id("ingest-id")).sendKeys("dashboard-pasted");
        js("document.getElementById('ingest-date').value = '2024-03-05'");
        browser.findElement(By.id("ingest-title")).sendKeys("Turkey hosts talks");
        browser.findElement(By.id("ingest-text")).sendKeys("ANKARA - Turkish President Recep Tayyip Erdogan met "
                + "Ukrainian President Volodymyr Zelensky in Istanbul on Friday. Turkey offered to host peace talks "
                + "between Russia and Ukraine. Russian forces shelled the city of Kharkiv on Saturday.");
        browser.findElement(By.cssSelector("#ingest-form button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ingest-summary"), "Stored 1 document"));
        List<WebElement> events = browser.findElements(By.cssSelector("#ingest-events li"));
        assertThat(events).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findElement(By.id("ingest-events")).getText()).contains("Turkey").contains("Ukraine");
        screenshot("ingest");
        assertThat(server.json("/api/documents/dashboard-pasted").get("title").asText()).isEqualTo("Turkey hosts talks");
    }
}
