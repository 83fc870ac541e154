package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The portal in Debian's Chromium, through the gateway of the real stack with the published record
 * loaded: the scoreboard counts what the API counts, an indicator's chart draws the API's figures,
 * a figure's other published values are one click from its indicator's page, the widget renders in a page of another origin, axe-core finds no serious or critical violation,
 * nothing needs sideways scrolling at 360 px, and with elections-service stopped the congress page
 * says so while the scoreboard still renders. Screenshots at 360 and 1280 px go to
 * target/screenshots. Runs in the browser profile (.ci/run enables it).
 */
class PortalBrowserTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STATUSES = List.of("ACHIEVED", "ON_TRACK", "AT_RISK", "OFF_TRACK",
            "NOT_ACHIEVED", "NO_DATA");

    @Test
    void thePortalShowsWhatTheApiSaysToEveryone() throws Exception {
        assertTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), "The browser tests need Debian's chromium and"
                + " chromium-driver (apt-get install chromium chromium-driver); .ci/run installs them.");
        StackConfig config = StackConfig.isolated(ROOT, Path.of("target", "portal-stack").toAbsolutePath());
        Files.createDirectories(SHOTS);
        try (LocalStack stack = LocalStack.start(config, line -> { })) {
            String gateway = "http://localhost:" + config.component("gateway").port();
            new PublishedRecord(URI.create(gateway), StackCli.issueToken(config, "admin", null))
                    .load(ROOT.resolve(PublishedRecord.FILE));
            WebDriver browser = chromium();
            try {
                scoreboardCountsEqualTheApis(browser, gateway, "06", 2025, "");
                scoreboardCountsEqualTheApis(browser, gateway, "061", 2024, "/en/");
                chartDrawsTheApisFigures(browser, gateway);
                otherValuesAreOneClickAway(browser, gateway);
                widgetRendersInAPageOfAnotherOrigin(browser, gateway);
                for (String page : List.of("/", "/en/?orgUnit=058&asOf=2023", "/vi/indicators/ECO-GRDP-GROWTH",
                        "/vi/plan", "/vi/congress", "/embed/progress?orgUnit=061&lang=vi")) {
                    noSeriousViolation(browser, gateway + page);
                    noSidewaysScrollingAt360(browser, gateway + page);
                }
                screenshots(browser, gateway);

                stack.stop("elections-service");
                browser.get(gateway + "/vi/congress");
                String congress = browser.findElement(By.id("congress-facts")).getText();
                assertTrue(congress.contains("elections-service"), congress);
                assertTrue(congress.contains("không trả lời"), congress);
                browser.get(gateway + "/");
                assertEquals(6, browser.findElements(By.cssSelector("#counts li")).size(), "the scoreboard renders");

                // A page is refused only for what the client sent; a page of one service down is a 503.
                assertEquals(400, status(gateway + "/?orgUnit=099"), "no such org unit");
                assertEquals(400, status(gateway + "/?asOf=1999"));
                assertEquals(400, status(gateway + "/vi/indicators/ECO-GRDP-GROWTH?orgUnit=099"), "no such org unit");
                assertEquals(404, status(gateway + "/vi/indicators/NO-SUCH-INDICATOR"));
                stack.stop("targets-service");
                assertEquals(503, status(gateway + "/vi/indicators/ECO-GRDP-GROWTH"));
                browser.get(gateway + "/");
                assertTrue(browser.findElement(By.id("main")).getText().contains("targets-service"),
                        "the scoreboard says which service did not answer");
            } finally {
                browser.quit();
            }
        }
    }

    /** Each status's count on the page is the one GET /api/v1/progress gives for the same unit and year. */
    private static void scoreboardCountsEqualTheApis(WebDriver browser, String gateway, String orgUnit, int asOf,
            String home) throws Exception {
        JsonNode api = json(gateway + "/api/v1/progress?orgUnit=" + orgUnit + "&asOf=" + asOf);
        browser.get(gateway + (home.isEmpty() ? "/" : home) + "?orgUnit=" + orgUnit + "&asOf=" + asOf);
        long total = 0;
        for (String status : STATUSES) {
            String shown = browser.findElement(By.cssSelector("#counts li[data-status='" + status + "'] .count"))
                    .getText();
            assertEquals(api.path("counts").path(status).asLong(), Long.parseLong(shown), orgUnit + " " + asOf + " "
                    + status);
            total += Long.parseLong(shown);
        }
        assertEquals(api.path("indicators").size(), total, "every indicator is counted once");
        assertEquals(api.path("indicators").size(), browser.findElements(By.cssSelector("#indicators > li")).size());
    }

    /** The chart's first series holds exactly the figures the API used, year by year. */
    private static void chartDrawsTheApisFigures(WebDriver browser, String gateway) throws Exception {
        JsonNode api = json(gateway + "/api/v1/progress/ECO-GRDP-GROWTH?orgUnit=06&asOf=2025");
        assertTrue(api.path("figures").size() >= 3, "the published record gives this indicator figures");
        browser.get(gateway + "/vi/indicators/ECO-GRDP-GROWTH?orgUnit=06&asOf=2025");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> ((JavascriptExecutor) b).executeScript(
                "return window.echarts && echarts.getInstanceByDom(document.getElementById('chart')) != null"));
        @SuppressWarnings("unchecked")
        List<List<Object>> drawn = (List<List<Object>>) ((JavascriptExecutor) browser).executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart')).getOption().series[0].data");
        assertEquals(api.path("figures").size(), drawn.size());
        for (int i = 0; i < drawn.size(); i++) {
            JsonNode figure = api.path("figures").get(i);
            assertEquals(figure.path("year").asInt(), ((Number) drawn.get(i).get(0)).intValue());
            assertEquals(0, figure.path("value").decimalValue().compareTo(new BigDecimal(drawn.get(i).get(1)
                    .toString())), "figure of " + figure.path("year"));
        }
        String status = browser.findElement(By.cssSelector("h2 .status")).getText();
        String expected = Map.of("ACHIEVED", "Đạt", "ON_TRACK", "Đúng tiến độ", "AT_RISK", "Có nguy cơ", "OFF_TRACK",
                "Chậm tiến độ", "NOT_ACHIEVED", "Không đạt", "NO_DATA", "Chưa có số liệu")
                .get(api.path("evaluation").path("status").asText());
        assertTrue(status.endsWith(expected), status + " for " + api.path("evaluation").path("status"));
        String numbers = browser.findElement(By.id("numbers")).getText();
        assertTrue(numbers.contains(api.path("evaluation").path("method").asText()), numbers);
        assertEquals(api.path("figures").size(), browser.findElements(By.cssSelector("#figures tbody tr")).size());
    }

    /**
     * A figure that other pages published other values for links from the indicator page's table to
     * its own page, whose table lists as many other values as the API keeps for it.
     */
    private static void otherValuesAreOneClickAway(WebDriver browser, String gateway) throws Exception {
        JsonNode api = json(gateway + "/api/v1/progress/ECO-GRDP-GROWTH?orgUnit=06&asOf=2025");
        JsonNode figure = null;
        for (JsonNode f : api.path("figures")) {
            if (f.path("otherValues").asInt(0) > 0 && figure == null) {
                figure = f;
            }
        }
        assertTrue(figure != null, "the published record keeps other values for this indicator's figures");
        JsonNode observation = json(gateway + "/api/v1/observations/" + figure.path("id").asLong());
        assertEquals(figure.path("otherValues").asInt(), observation.path("otherValues").size());
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(gateway + "/vi/indicators/ECO-GRDP-GROWTH?orgUnit=06&asOf=2025");
        browser.findElement(By.cssSelector("#figures tr[data-year='" + figure.path("year").asInt() + "'] a.others"))
                .click();
        String url = gateway + "/vi/figures/" + figure.path("id").asLong();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url));
        assertEquals(observation.path("otherValues").size(),
                browser.findElements(By.cssSelector("#others tbody tr")).size());
        noSeriousViolation(browser, url);
        noSidewaysScrollingAt360(browser, url);
    }

    /** A page on 127.0.0.1 (another origin than localhost) frames the widget with the one line of HTML. */
    private static void widgetRendersInAPageOfAnotherOrigin(WebDriver browser, String gateway) throws Exception {
        String line = "<iframe src=\"" + gateway + "/embed/progress?orgUnit=061&lang=vi\" title=\"Ba Bể\""
                + " width=\"320\" height=\"420\" style=\"border:0\"></iframe>";
        HttpServer portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Cổng huyện</title></head>"
                + "<body><main><h1>Cổng thông tin huyện Ba Bể</h1>" + line + "</main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        portal.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        portal.start();
        try {
            browser.get("http://127.0.0.1:" + portal.getAddress().getPort() + "/");
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.tagName("iframe")));
            List<WebElement> counts = browser.findElements(By.cssSelector("#counts li"));
            assertEquals(6, counts.size(), "the widget's counts render inside the frame");
            JsonNode api = json(gateway + "/api/v1/progress?orgUnit=061");
            assertEquals(api.path("counts").path("NO_DATA").asText(), browser.findElement(By.cssSelector(
                    "#counts li[data-status='NO_DATA'] .count")).getText());
            assertEquals("_top", browser.findElement(By.cssSelector("main p a")).getAttribute("target"));
            browser.switchTo().defaultContent();
            shoot(browser, "widget-in-district-portal", 1280);
        } finally {
            portal.stop(0);
        }
    }

    private static void noSeriousViolation(WebDriver browser, String url) {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(url);
        Results results = new AxeBuilder().analyze(browser);
        List<String> serious = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                serious.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp());
            }
        }
        assertEquals(List.of(), serious, url);
    }

    private static void noSidewaysScrollingAt360(WebDriver browser, String url) {
        browser.manage().window().setSize(new Dimension(360, 800));
        browser.get(url);
        Object scroll = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertEquals(0L, ((Number) scroll).longValue(), url + " scrolls sideways at 360 px");
        assertFalse(browser.getPageSource().contains("Exception"), url);
    }

    private static void screenshots(WebDriver browser, String gateway) throws Exception {
        Map<String, String> pages = Map.of("scoreboard", "/", "scoreboard-en", "/en/?orgUnit=061&asOf=2024",
                "indicator", "/vi/indicators/ECO-GRDP-GROWTH", "plan", "/vi/plan", "congress", "/vi/congress",
                "widget", "/embed/progress?orgUnit=061&lang=vi");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            for (int width : new int[] {360, 1280}) {
                browser.manage().window().setSize(new Dimension(width, 1000));
                browser.get(gateway + page.getValue());
                shoot(browser, page.getKey(), width);
            }
        }
    }

    /** The whole page at this width: the window is made as tall as the page first. */
    private static void shoot(WebDriver browser, String name, int width) throws Exception {
        long height = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight")).longValue();
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(height + 120, 6000)));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static JsonNode json(String url) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), url);
        return JSON.readTree(answer.body());
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
