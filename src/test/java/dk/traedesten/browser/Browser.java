package dk.traedesten.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium, driven by Debian's chromedriver, against the app on a local port. Selenium is
 * given both binaries, so Selenium Manager never goes to the network. {@code -Dtraedesten.window=390,844} tries
 * the pages at a phone's width.
 */
final class Browser implements AutoCloseable {

	static final Duration PATIENCE = Duration.ofSeconds(10);

	private final String baseUrl;

	private final Path profile;

	private final ChromeDriver driver;

	private Account signedIn = Account.ANONYMOUS;

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	Browser(String baseUrl) {
		if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
			throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
					+ ": apt-get install chromium chromium-driver");
		}
		this.baseUrl = baseUrl;
		try {
			this.profile = Files.createTempDirectory("traedesten-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=" + System.getProperty("traedesten.window", "1280,1000"),
				"--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
	}

	WebDriver driver() {
		return driver;
	}

	/** Signs out whoever is signed in and signs in as the account, through the real sign-in form. */
	void signInAs(Account account) {
		if (account == signedIn) {
			return;
		}
		driver.manage().deleteAllCookies();
		signedIn = Account.ANONYMOUS;
		if (account.signsIn()) {
			open("/log-ind");
			driver.findElement(By.id("email")).sendKeys(account.email());
			driver.findElement(By.id("password")).sendKeys(Account.DEMO_PASSWORD);
			driver.findElement(By.cssSelector("main form[action$='/log-ind'] button[type=submit]")).click();
			waitUntil(ignored -> !driver.getCurrentUrl().endsWith("/log-ind"));
			if (driver.findElements(By.cssSelector("form.sign-out")).isEmpty()) {
				throw new IllegalStateException("Signing in as " + account + " failed: " + driver.getCurrentUrl());
			}
			signedIn = account;
		}
	}

	/** Opens a path of the app, e.g. {@code /organisation?x}. */
	void open(String path) {
		driver.get(baseUrl + path);
	}

	/** Opens a path in the given language: the {@code lang} parameter switches, and the cookie remembers it. */
	void open(String path, Language language) {
		open(path + (path.contains("?") ? "&" : "?") + "lang=" + language.code());
	}

	/** Sends a Chrome DevTools command, e.g. to switch JavaScript off for a test of the page without it. */
	void devTools(String command, Map<String, Object> parameters) {
		driver.executeCdpCommand(command, parameters);
	}

	WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	void waitUntil(Function<WebDriver, Boolean> condition) {
		new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	/**
	 * Waits until the element has left the page, e.g. a submit button once the answer has loaded. Chromium
	 * sometimes answers mid-navigation with "node does not belong to the document" rather than a stale element;
	 * that means gone too. Selenium's own {@code stalenessOf} lets it through as an error.
	 */
	void waitUntilGone(WebElement element) {
		waitUntil(ignored -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (StaleElementReferenceException ex) {
				return true;
			}
			catch (WebDriverException ex) {
				if (String.valueOf(ex.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw ex;
			}
		});
	}

	String htmlLang() {
		return find("html").getAttribute("lang");
	}

	/** Saves a full-window PNG under the directory, named after the page. */
	void screenshot(Path directory, String name) {
		try {
			Files.createDirectories(directory);
			Files.write(directory.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "-") + ".png"),
					driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			catch (IOException ignored) {
				// a leftover temporary profile is harmless
			}
		}
	}
}
