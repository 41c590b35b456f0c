package gov.cbp.medical.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.cbp.medical.examples.cli.CbpMedical;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The demo report (what {@code ./cbp-medical demo} writes) rendered and printed in headless Chromium, as its
 * readers would see it: no sideways scrolling at 400 pixels, the summary on at most four printed pages, nothing
 * lost in print, a facility printed alone, no console errors, no axe-core violations of WCAG 2.1 A and AA.
 * Screenshots and PDFs are kept under {@code target/browser/}.
 *
 * <p>Without Chromium and chromedriver the tests are skipped and say so; under {@code CI=true} a missing
 * browser fails them instead.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoReportInBrowserTest {
    private static final Path OUT = Path.of("target/browser");
    private static final String DEMO_MONTH = "2025-03";
    private static final int SUMMARY_PAGES = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChromeDriver driver;
    private Path profile;
    private String url;

    @BeforeAll
    void start() throws IOException {
        Optional<Path[]> chromium = Chromium.find();
        if (chromium.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true but " + Chromium.missing() + ": the browser tests must run in CI");
            }
            System.err.println("SKIPPED browser tests of the HTML report: " + Chromium.missing());
            return; // each test is then skipped, with the reason
        }
        Path demo = OUT.resolve("demo");
        StringWriter err = new StringWriter();
        int code = CbpMedical.commandLine(InputStream.nullInputStream()).setOut(new PrintWriter(new StringWriter()))
                .setErr(new PrintWriter(err)).execute("demo", "--out", demo.toString(), "--month", DEMO_MONTH,
                        "--generated-at", "2025-04-15T00:00:00Z");
        assertThat(code).as(err.toString()).isZero();
        url = demo.resolve("mqm-report.html").toAbsolutePath().toUri().toString();
        profile = Files.createTempDirectory("chromium-profile");
        driver = Chromium.start(chromium.get(), profile);
        driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(2));
    }

    @AfterAll
    void stop() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (java.util.stream.Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void wide() {
        Assumptions.assumeTrue(driver != null, () -> "SKIPPED: " + Chromium.missing());
        Chromium.width(driver, 0);
        driver.get(url);
    }

    @Test
    @Order(1)
    void loads_withoutConsoleErrors_orAnyRequestBeyondTheFile() {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(entry.getLevel() + " " + entry.getMessage());
            }
        }
        assertThat(errors).isEmpty();
        Object resources = driver.executeScript("return performance.getEntriesByType('resource').length");
        assertThat(((Number) resources).intValue()).as("requests beyond the file itself").isZero();
        assertThat(driver.findElements(By.tagName("script"))).as("needs no script").isEmpty();
    }

    @Test
    @Order(2)
    void firstScreen_showsTheScorecard_atBothWidths() throws IOException {
        assertThat(driver.findElement(By.id("summary-h")).getText()).isEqualTo("How are we doing, and where is it worst?");
        // The scorecard begins within the first screen at 1400 pixels.
        Number top = (Number) driver.executeScript("return document.querySelector('table.score').getBoundingClientRect().top");
        assertThat(top.doubleValue()).isLessThan(1000);
        Chromium.screenshot(driver, OUT.resolve("first-screen-1400.png"), null);
        Chromium.screenshot(driver, OUT.resolve("scorecard-1400.png"), "#summary");
        Chromium.screenshot(driver, OUT.resolve("trend-1400.png"), "section.measure");
        Chromium.screenshot(driver, OUT.resolve("facility-1400.png"), "section.facility");
        Chromium.width(driver, 400);
        Chromium.screenshot(driver, OUT.resolve("first-screen-400.png"), null);
        Chromium.screenshot(driver, OUT.resolve("scorecard-400.png"), "#summary");
        Chromium.screenshot(driver, OUT.resolve("trend-400.png"), "section.measure");
        assertThat(Files.size(OUT.resolve("first-screen-1400.png"))).isGreaterThan(10_000);
    }

    @Test
    @Order(3)
    void at400Pixels_nothingScrollsSideways() {
        Chromium.width(driver, 400);
        Number viewport = (Number) driver.executeScript("return document.documentElement.clientWidth");
        Number page = (Number) driver.executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");
        assertThat(viewport.intValue()).isEqualTo(400);
        assertThat(page.intValue()).as("page width at a 400-pixel viewport").isLessThanOrEqualTo(400);
        // Nor does the scorecard hide columns in a scrolling box of its own.
        Number scorecard = (Number) driver.executeScript(
                "const w = document.querySelector('#summary .wrap'); return w.scrollWidth - w.clientWidth");
        assertThat(scorecard.intValue()).isLessThanOrEqualTo(0);
    }

    @Test
    @Order(4)
    void printed_summaryOnAtMostFourPages_andNothingLost() throws IOException {
        byte[] pdf = Chromium.printToPdf(driver);
        Files.write(OUT.resolve("report.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            int trends = firstPageWith(document, "For each measure, the rate");
            System.err.println("printed report: " + pages + " pages; the summary takes " + (trends - 1));
            assertThat(trends - 1).as("pages before the trends: the summary").isBetween(1, SUMMARY_PAGES);
            String text = text(document, 1, pages);
            // What is behind a closed disclosure on screen is printed: the day tables and the other strata.
            assertThat(text).contains("By day", "Every other stratum", "Sat 15 Mar 2025", "Population class");
            assertThat(text).doesNotContain("00:00:00.");
        }
    }

    @Test
    @Order(5)
    void aFacilityPrintsAlone_fromItsAddress() throws IOException {
        List<String> facilities = new ArrayList<>();
        driver.findElements(By.cssSelector("section.facility")).forEach(s -> facilities.add(s.getAttribute("id")));
        assertThat(facilities).hasSizeGreaterThan(1);
        String one = facilities.get(0);
        driver.get(url + "#" + one);
        byte[] pdf = Chromium.printToPdf(driver);
        Files.write(OUT.resolve("facility-" + one + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document, 1, document.getNumberOfPages());
            String own = driver.findElement(By.id(one + "-h")).getText();
            String other = driver.findElement(By.id(facilities.get(1) + "-h")).getText();
            assertThat(text).contains(own, "Every measure at").doesNotContain(other, "How are we doing");
            // one facility: its 26 measures beside all facilities, and its weeks
            assertThat(document.getNumberOfPages()).isLessThanOrEqualTo(5);
        }
    }

    @Test
    @Order(6)
    void hasNoAxeViolations_ofWcag21AA() throws IOException {
        String axe;
        try (InputStream in = DemoReportInBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (int width : new int[] {0, 400}) {
            Chromium.width(driver, width);
            driver.executeScript(axe);
            String result = (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                    + " 'best-practice']}, resultTypes: ['violations']})"
                    + ".then(r => done(JSON.stringify(r.violations))).catch(e => done('{\"error\": \"' + e + '\"}'));");
            JsonNode violations = JSON.readTree(result);
            List<String> found = new ArrayList<>();
            for (JsonNode violation : violations) {
                StringBuilder line = new StringBuilder(violation.path("id").asText() + " (" + violation.path("impact").asText()
                        + "): " + violation.path("help").asText() + "; " + violation.path("nodes").size() + " nodes, e.g.");
                for (int i = 0; i < Math.min(3, violation.path("nodes").size()); i++) {
                    line.append(' ').append(violation.path("nodes").get(i).path("target"));
                }
                found.add(line.toString());
            }
            assertThat(violations.isArray()).as(result).isTrue();
            assertThat(found).as("axe-core violations at width " + (width == 0 ? 1400 : width)).isEmpty();
        }
    }

    private static int firstPageWith(PDDocument document, String needle) throws IOException {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            if (text(document, page, page).replaceAll("\\s+", " ").contains(needle)) {
                return page;
            }
        }
        throw new AssertionError("no printed page holds: " + needle);
    }

    private static String text(PDDocument document, int first, int last) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(first);
        stripper.setEndPage(last);
        return stripper.getText(document);
    }
}
