package vn.backan.congress.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Swagger UI at /docs, in Debian's Chromium, on the real stack: "Try it out" on one operation of
 * each service must send its request to that operation's own path (Swagger UI finds operations by
 * operationId, so two operations sharing one would send one's request to the other's path).
 * Runs in the browser profile (.ci/run enables it); without Chromium it fails, saying so.
 */
class SwaggerUiBrowserTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    @Test
    void tryItOutSendsEachOperationToItsOwnPath() throws Exception {
        assertTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), "The browser tests need Debian's chromium and"
                + " chromium-driver (apt-get install chromium chromium-driver); .ci/run installs them.");
        StackConfig config = StackConfig.isolated(ROOT, Path.of("target", "browser-stack").toAbsolutePath());
        Files.createDirectories(config.dataDir());
        try (LocalStack stack = LocalStack.start(config, line -> { })) {
            String gateway = "http://127.0.0.1:" + config.component("gateway").port();
            WebDriver browser = chromium();
            try {
                browser.get(gateway + "/docs");
                assertEquals(gateway + "/api/v1/indicators/ECO-GRDP-PER-CAPITA", tryOut(browser, "Indicators",
                        "getIndicator", Map.of("code", "ECO-GRDP-PER-CAPITA"), "\"code\": \"ECO-GRDP-PER-CAPITA\""));
                assertEquals(gateway + "/api/v1/programs/KP-3-AGRI-FORESTRY", tryOut(browser, "Programs",
                        "getProgram", Map.of("code", "KP-3-AGRI-FORESTRY"), "\"code\": \"KP-3-AGRI-FORESTRY\""));
                assertEquals(gateway + "/api/v1/bodies/PARTY-ORG-BAC-KAN", tryOut(browser, "Bodies",
                        "getBody", Map.of("code", "PARTY-ORG-BAC-KAN"), "\"code\": \"PARTY-ORG-BAC-KAN\""));
            } finally {
                browser.quit();
            }
        }
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Opens the operation, fills its parameters, executes it and returns the request URL Swagger UI
     * shows, once the answer holding {@code expectedInBody} is on the page.
     */
    private static String tryOut(WebDriver browser, String tag, String operationId, Map<String, String> parameters,
            String expectedInBody) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("operations-" + tag + "-" + operationId)));
        scrollTo(browser, operation);
        operation.findElement(By.cssSelector(".opblock-summary")).click();
        click(browser, wait.until(ExpectedConditions.elementToBeClickable(
                operation.findElement(By.cssSelector(".try-out__btn")))));
        parameters.forEach((name, value) -> {
            WebElement input = operation.findElement(By.cssSelector("tr[data-param-name='" + name + "'] input"));
            input.clear();
            input.sendKeys(value);
        });
        click(browser, operation.findElement(By.cssSelector(".execute")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#operations-" + tag + "-" + operationId + " .live-responses-table tr.response .response-col_status")));
        WebElement body = operation.findElement(By.cssSelector(".live-responses-table tr.response .response-col_description"));
        assertTrue(body.getText().contains(expectedInBody), operationId + " answered: " + body.getText());
        return operation.findElement(By.cssSelector(".request-url pre")).getText().trim();
    }

    private static void scrollTo(WebDriver browser, WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
                element);
    }

    private static void click(WebDriver browser, WebElement element) {
        scrollTo(browser, element);
        element.click();
    }
}
