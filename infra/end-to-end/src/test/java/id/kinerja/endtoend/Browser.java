package id.kinerja.endtoend;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}, never a downloaded browser) with a
 * fresh profile, signing in to the portal as a person would and saving screenshots under {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("kinerja.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("kinerja.chromedriver", "/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final String portal;

    Browser(String portal) {
        this(portal, 1366, 900);
    }

    /** A browser window of the given size: 1366 × 900 is a laptop, 1024 × 1366 a tablet held upright. */
    Browser(String portal, int width, int height) {
        this.portal = portal;
        try {
            profile = Files.createTempDirectory("kinerja-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=id-ID", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
    }

    /** Chromium and its driver are where Debian puts them. */
    static boolean available() {
        return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(DRIVER));
    }

    /** Opens the portal, is sent to the issuer's sign-in page, signs in and lands back on the portal. */
    Browser masuk(String username) {
        driver.get(portal + "/");
        tunggu(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("dev");
        driver.findElement(By.id("masuk")).click();
        tunggu(ExpectedConditions.visibilityOfElementLocated(By.id("keluar")));
        return this;
    }

    Browser buka(String path) {
        driver.get(portal + path);
        return this;
    }

    WebElement cari(By by) {
        return tunggu(ExpectedConditions.visibilityOfElementLocated(by));
    }

    String teks(By by) {
        return cari(by).getText();
    }

    <T> T tunggu(java.util.function.Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition);
    }

    WebDriver driver() {
        return driver;
    }

    /** A screenshot of the whole page, for a person to look at. */
    Path foto(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            long height = (Long) driver.executeScript("return document.documentElement.scrollHeight");
            long width = (Long) driver.executeScript("return window.innerWidth");
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width,
                    "height", Math.min(height, 4000), "deviceScaleFactor", 1, "mobile", false));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
