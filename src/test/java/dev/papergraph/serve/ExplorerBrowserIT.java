package dev.papergraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The explorer and the linked-data pages in real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}); skipped when they are not installed. Screenshots go to
 * {@code target/screenshots/}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path store;

    @TempDir
    static Path profile;

    static Endpoint endpoint;
    static WebDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        endpoint = Endpoint.create().dataset(Fixture.tdb2(store)).exampleQueries(Fixture.exampleQueries())
                .port(0).build().start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The machine's network is closed: without these, Chromium keeps trying to reach Google.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1360,860", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (endpoint != null) {
            endpoint.stop();
        }
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static long number(String script) {
        return ((Number) js(script)).longValue();
    }

    @Test
    @Order(1)
    void the_explorer_loads() throws IOException {
        browser.get(endpoint.url() + "/");
        wait.until(ExpectedConditions.titleIs("papergraph explorer"));
        assertTrue(browser.findElement(By.id("search")).isDisplayed());
        assertEquals(5, browser.findElements(By.cssSelector("#filters input[type=checkbox]")).size());
        screenshot("explorer-start");
    }

    @Test
    @Order(2)
    void search_finds_imagenet_and_its_neighbourhood_is_drawn() throws IOException {
        browser.get(endpoint.url() + "/");
        browser.findElement(By.id("search")).sendKeys("imag");
        WebElement result = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//ul[@id='results']/li[@data-iri][span[starts-with(normalize-space(.), 'ImageNet')]]")));
        assertEquals(Fixture.IMAGENET, result.getAttribute("data-iri"));
        screenshot("explorer-search");

        result.click();
        wait.until(d -> number("return Number(document.getElementById('graph').dataset.nodes || 0)") > 1);
        assertTrue(browser.findElements(By.cssSelector("#graph canvas")).size() > 0, "Cytoscape draws on canvases");
        long nodes = number("return window.papergraphExplorer.graph.cy.nodes().length");
        long onScreen = number("""
                const cy = window.papergraphExplorer.graph.cy;
                return cy.nodes().filter(n => { const p = n.renderedPosition();
                  return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height(); }).length;""");
        assertEquals(nodes, onScreen, "every node is laid out inside the view");
        assertEquals("ImageNet", browser.findElement(By.id("details-label")).getText());
        screenshot("explorer-neighbourhood");

        // Expanding a neighbour adds its own neighbours; a type filter hides nodes.
        js("window.papergraphExplorer.graph.expand('" + Fixture.BASE + "concept/transformer')");
        wait.until(d -> number("return window.papergraphExplorer.graph.cy.nodes().length") > nodes);
        String hiddenTasks = "return window.papergraphExplorer.graph.cy.nodes('.hidden[type = \"Task\"]').length";
        assertEquals(0, number(hiddenTasks));
        browser.findElement(By.cssSelector("#filters input[value=Task]")).click();
        wait.until(d -> number(hiddenTasks) == 2);
        browser.findElement(By.cssSelector("#filters input[value=Task]")).click();
        wait.until(d -> number(hiddenTasks) == 0);
        screenshot("explorer-expanded");
    }

    @Test
    @Order(3)
    void the_query_editor_runs_an_example_and_shows_rows() throws IOException {
        browser.get(endpoint.url() + "/#query");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("examples")));
        Select examples = new Select(browser.findElement(By.id("examples")));
        wait.until(d -> examples.getOptions().size() == 3);
        examples.selectByVisibleText("Papers that use ImageNet");
        assertTrue(browser.findElement(By.id("query")).getAttribute("value").contains("ImageNet"));
        browser.findElement(By.id("run")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "rows"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#result-table tbody tr"));
        assertEquals(3, rows.size());
        assertTrue(browser.findElement(By.id("result-table")).getText().contains("Deep Residual Learning Revisited"));
        screenshot("explorer-query");
    }

    @Test
    @Order(4)
    void a_concept_page_renders_with_its_chart_and_graph() throws IOException {
        browser.get(endpoint.url() + "/id/concept/imagenet");
        assertEquals("ImageNet Dataset", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.cssSelector("svg.chart")).isDisplayed());
        wait.until(d -> number("return Number(document.getElementById('graph').dataset.nodes || 0)") > 1);
        screenshot("concept-page");
    }

    @Test
    @Order(5)
    void a_paper_page_highlights_its_mentions() throws IOException {
        browser.get(endpoint.url() + "/id/paper/2010.11929");
        List<WebElement> marks = browser.findElements(By.cssSelector(".abstract mark.m"));
        assertEquals(6, marks.size());
        assertEquals("Vision Transformer", marks.get(0).getText());
        screenshot("paper-page");
    }
}
