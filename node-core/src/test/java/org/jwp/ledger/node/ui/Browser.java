package org.jwp.ledger.node.ui;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One member of staff at one node, in headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs). Speaks in the page's terms: sign in, follow a link, fill a field, submit.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final WebDriver driver;
    private final String base;
    private final Path downloads;

    Browser(String base) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("the browser tests need Debian's Chromium and its driver: "
                    + "apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        try {
            downloads = Files.createTempDirectory("ledger-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.base = base;
    }

    /** Runs a script that answers through its callback (the last argument), as axe-core does. */
    Object scriptAsync(String javascript) {
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
        return ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(javascript);
    }

    /** How wide the page is drawn: more than the window means horizontal scrolling. */
    long scrollWidth() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    Browser script(String javascript) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(javascript);
        return this;
    }

    /** Presses keys on whatever has the focus, as a keyboard user does. */
    Browser keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        return this;
    }

    /** Presses Tab until the element with this id has the focus (at most 200 times): how a keyboard user gets there. */
    Browser tabTo(String id) {
        for (int i = 0; i < 200; i++) {
            Object focused = ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.activeElement && document.activeElement.id");
            if (id.equals(focused)) {
                return this;
            }
            keys(org.openqa.selenium.Keys.TAB);
        }
        throw new AssertionError("Tab never reached #" + id + " on " + driver.getCurrentUrl());
    }

    /** Waits for the next page after a key press that submits or follows a link. */
    Browser awaitPageAfter(Runnable keyPress) {
        WebElement before = driver.findElement(By.tagName("html"));
        keyPress.run();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
        return this;
    }

    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    Browser signIn(String user, String password) {
        open("/login");
        type("username", user);
        type("password", password);
        click(By.id("sign-in"));
        return this;
    }

    void signOut() {
        click(By.cssSelector("header form button"));
    }

    Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Date inputs take keystrokes in the browser's locale; the value itself is ISO whatever the locale. */
    Browser date(String id, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id(id)), isoDate);
        return this;
    }

    /** Ticks a box (if it is not ticked yet). */
    Browser tick(String id) {
        WebElement box = driver.findElement(By.id(id));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    Browser choose(String id, String value) {
        new Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /** Clicks a link or button that leads to another page, and waits for that page. */
    Browser click(By what) {
        WebElement before = driver.findElement(By.tagName("html"));
        driver.findElement(what).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> replaced(before));
        return this;
    }

    /**
     * Whether the page an element belonged to has been replaced. ChromeDriver says so with a stale-element error, or,
     * when the query races the navigation, with "Node with given id does not belong to the document".
     */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Clicks something that stays on this page (a download link). */
    Browser clickInPlace(By what) {
        driver.findElement(what).click();
        return this;
    }

    Browser clickLink(String text) {
        return click(By.linkText(text));
    }

    String text(By what) {
        return driver.findElement(what).getText();
    }

    /** What an input holds now (typed or filled in by the page). */
    String value(String id) {
        return driver.findElement(By.id(id)).getDomProperty("value");
    }

    int count(By what) {
        return driver.findElements(what).size();
    }

    boolean has(By what) {
        return !driver.findElements(what).isEmpty();
    }

    /** Inputs a screen reader could not name: no label pointing at them. */
    java.util.List<String> unlabelledFields() {
        return driver.findElements(By.cssSelector("main input:not([type=hidden]), main select, main textarea"))
                .stream().map(e -> e.getAttribute("id"))
                .filter(id -> id == null || id.isEmpty() || driver.findElements(By.cssSelector("label[for='" + id
                        + "']")).isEmpty()).toList();
    }

    String page() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Whether the element is shown (not inside a closed section, not hidden). */
    boolean visible(By what) {
        return driver.findElement(what).isDisplayed();
    }

    /** The ids of the form's fields in the order a reader meets them. */
    java.util.List<String> fieldOrder() {
        return driver.findElements(By.cssSelector("main input:not([type=hidden]), main select, main textarea"))
                .stream().map(e -> e.getAttribute("id")).toList();
    }

    String title() {
        return driver.getTitle();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** Reloads until the page shows what replication will bring. */
    Browser reloadUntil(Supplier<Boolean> shown) {
        new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(300)).until(d -> {
            if (shown.get()) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
        return this;
    }

    /** Waits for a download to finish and answers the file. */
    Path downloaded(String fileNameEnd) {
        return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(200)).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith(fileNameEnd)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the browsers that were opened (a start that failed leaves some null), then what they looked at. */
    static void closeAll(AutoCloseable nodes, Browser... browsers) {
        for (Browser b : browsers) {
            if (b != null) {
                b.close();
            }
        }
        try {
            nodes.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
