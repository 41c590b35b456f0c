package gov.cbp.medical.examples.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The Debian Chromium and its chromedriver, found on this machine, started headless with a fresh profile and
 * nothing that reaches the network on its own. {@code CHROMIUM_BIN} and {@code CHROMEDRIVER_BIN} override the
 * Debian paths.
 */
final class Chromium {
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", "--window-size=1400,1000");

    private Chromium() {}

    /** The browser and driver executables, if both are installed. */
    static Optional<Path[]> find() {
        Path browser = Path.of(env("CHROMIUM_BIN", "/usr/bin/chromium"));
        Path driver = Path.of(env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
        return Files.isExecutable(browser) && Files.isExecutable(driver) ? Optional.of(new Path[] {browser, driver})
                : Optional.empty();
    }

    static String missing() {
        return "no Chromium: needs " + env("CHROMIUM_BIN", "/usr/bin/chromium") + " and "
                + env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver")
                + " (Debian: apt-get install -y chromium chromium-driver; or set CHROMIUM_BIN and CHROMEDRIVER_BIN)";
    }

    static ChromeDriver start(Path[] executables, Path profile) throws IOException {
        Files.createDirectories(profile);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executables[0].toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(executables[1].toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The page printed to PDF by DevTools {@code Page.printToPDF}, on US Letter with backgrounds. */
    static byte[] printToPdf(ChromeDriver driver) {
        Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF", Map.of("printBackground", true,
                "paperWidth", 8.5, "paperHeight", 11.0, "preferCSSPageSize", false));
        return Base64.getDecoder().decode((String) result.get("data"));
    }

    /** Lays the page out at a width as a phone would (or back to the window's size for {@code 0}). */
    static void width(ChromeDriver driver, int width) {
        if (width == 0) {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            return;
        }
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 900,
                "deviceScaleFactor", 1, "mobile", width < 700));
    }

    /** A PNG of the viewport, or of the whole of one element when a selector is given. */
    @SuppressWarnings("unchecked")
    static void screenshot(ChromeDriver driver, Path file, String selector) throws IOException {
        Map<String, Object> params;
        if (selector == null) {
            params = Map.of("format", "png");
        } else {
            Map<String, Object> rect = (Map<String, Object>) driver.executeScript("const r = document.querySelector("
                    + "arguments[0]).getBoundingClientRect(); return {x: r.left + window.scrollX, y: r.top + window.scrollY,"
                    + " width: r.width, height: Math.min(r.height, 6000)};", selector);
            params = Map.of("format", "png", "captureBeyondViewport", true, "clip", Map.of("x", num(rect.get("x")),
                    "y", num(rect.get("y")), "width", num(rect.get("width")), "height", num(rect.get("height")), "scale", 1));
        }
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", params);
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static double num(Object value) {
        return ((Number) value).doubleValue();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
