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
import java.util.Map;
import java.util.TreeMap;
import dev.papergraph.IngestOptions;
import dev.papergraph.Pipeline;
import dev.papergraph.graph.IriMinter;
import dev.papergraph.ingest.PaperCollector;
import dev.papergraph.store.KnowledgeStore;
import dev.papergraph.store.NamedQuery;
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
 * {@code chromium-driver}) over the graph of the bundled sample corpus, built by the standard
 * pipeline; skipped when Chromium is not installed. Screenshots go to {@code target/screenshots/}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String IMAGENET = IriMinter.defaults().concept("imagenet").getURI();

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
        KnowledgeStore seeds = KnowledgeStore.open(store, IriMinter.defaults());
        Pipeline.standard(seeds.iris()).ingest(PaperCollector.create().sample().build().collect().papers(), seeds,
                IngestOptions.defaults(), done -> {});
        Map<String, String> examples = new TreeMap<>();
        for (NamedQuery q : NamedQuery.values()) {
            examples.put(q.fileName(), q.text());
        }
        endpoint = Endpoint.create().dataset(seeds.dataset()).exampleQueries(examples).port(0).build().start();
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
        assertEquals(IMAGENET, result.getAttribute("data-iri"));
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
        js("const cy = window.papergraphExplorer.graph.cy;"
                + "const hub = cy.nodes().filter(n => n.id() !== '" + IMAGENET + "').max(n => n.data('support')).ele;"
                + "window.papergraphExplorer.graph.expand(hub.id());");
        wait.until(d -> number("return window.papergraphExplorer.graph.cy.nodes().length") > nodes);
        long tasks = number("return window.papergraphExplorer.graph.cy.nodes('[type = \"Task\"]').length");
        assertTrue(tasks > 0, "the neighbourhood has tasks to hide");
        String hiddenTasks = "return window.papergraphExplorer.graph.cy.nodes('.hidden[type = \"Task\"]').length";
        assertEquals(0, number(hiddenTasks));
        browser.findElement(By.cssSelector("#filters input[value=Task]")).click();
        wait.until(d -> number(hiddenTasks) == tasks);
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
        wait.until(d -> examples.getOptions().size() == NamedQuery.values().length + 1); // and the "Choose" prompt
        examples.selectByVisibleText(NamedQuery.MOST_USED_DATASETS.header("title"));
        assertTrue(browser.findElement(By.id("query")).getAttribute("value").contains("pg:Dataset"));
        browser.findElement(By.id("run")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "rows"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#result-table tbody tr"));
        assertTrue(rows.size() > 10, "rows: " + rows.size());
        assertTrue(browser.findElement(By.id("result-table")).getText().contains("ImageNet"));
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
        browser.get(endpoint.url() + "/id/paper/6b6d2bcbbe");
        List<WebElement> marks = browser.findElements(By.cssSelector(".abstract mark.m"));
        assertTrue(marks.size() >= 5, "marks: " + marks.size());
        assertTrue(marks.stream().anyMatch(m -> m.getText().equals("SFT")));
        screenshot("paper-page");
    }
}
