package org.bilateral.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * A real headless Chromium showing the portal, as a reader's browser would. It is the
 * Chromium and chromedriver installed on the machine (Debian's {@code chromium} and
 * {@code chromium-driver} by default), started with a fresh profile and no network
 * features of its own; nothing is downloaded, and Selenium Manager is never asked for a
 * driver because the driver's path is given.
 * <p>
 * Where either program is missing, the tests that need them are skipped with a message
 * saying how to install them, unless browser tests are required (see
 * {@link Prerequisites}).
 */
public final class Browser implements AutoCloseable {

	private static final String HOW_TO_ENABLE = "Enable the browser tests with"
			+ " `apt-get install -y chromium chromium-driver`, or point -Dbilateral.test.chromium and"
			+ " -Dbilateral.test.chromedriver (or BILATERAL_CHROMIUM and BILATERAL_CHROMEDRIVER) at a Chromium"
			+ " and its matching chromedriver.";

	private final ChromeDriver driver;

	private final Path profile;

	private final String baseUrl;

	private Browser(ChromeDriver driver, Path profile, String baseUrl) {
		this.driver = driver;
		this.profile = profile;
		this.baseUrl = baseUrl;
	}

	/**
	 * Starts a browser for the portal at the given address.
	 * @param baseUrl where the portal answers, such as {@code http://localhost:8080}
	 * @return the browser, showing a blank page at the desktop viewport
	 */
	public static Browser start(String baseUrl) {
		Path profile;
		try {
			profile = Files.createTempDirectory("bilateral-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--no-default-browser-check", "--disable-extensions", "--lang=en-GB", "--window-size=1280,800",
				"--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver().toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
		Browser browser = new Browser(driver, profile, baseUrl);
		browser.use(Viewport.DESKTOP);
		return browser;
	}

	/**
	 * What of Chromium and its driver is missing on this machine, with how to install it.
	 * @return a message, or empty when both are installed
	 */
	static Optional<String> missing() {
		List<String> missing = new ArrayList<>();
		if (!Files.isExecutable(chromium())) {
			missing.add("Chromium (" + chromium() + ")");
		}
		if (!Files.isExecutable(chromedriver())) {
			missing.add("chromedriver (" + chromedriver() + ")");
		}
		return missing.isEmpty() ? Optional.empty()
				: Optional.of(String.join(" and ", missing) + " not found. " + HOW_TO_ENABLE);
	}

	static Path chromium() {
		return Path.of(Prerequisites.setting("bilateral.test.chromium", "BILATERAL_CHROMIUM", "/usr/bin/chromium"));
	}

	static Path chromedriver() {
		return Path.of(Prerequisites.setting("bilateral.test.chromedriver", "BILATERAL_CHROMEDRIVER",
				"/usr/bin/chromedriver"));
	}

	/** The WebDriver, for what this class does not offer. */
	public ChromeDriver driver() {
		return this.driver;
	}

	/**
	 * Opens a page of the portal.
	 * @param path the address on the portal, starting with {@code /}
	 */
	public void open(String path) {
		this.driver.get(this.baseUrl + path);
	}

	/** The path and query of the page shown, as the address bar has it. */
	public String path() {
		URI uri = URI.create(this.driver.getCurrentUrl());
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	/** The text of the page's {@code h1}. */
	public String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	/**
	 * Lays pages out on the given screen, from now on, through the DevTools protocol; the
	 * page's own viewport ({@code window.innerWidth}) gets exactly the screen's width.
	 * @param viewport the screen
	 */
	public void use(Viewport viewport) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", viewport.width(), "height",
				viewport.height(), "deviceScaleFactor", 1, "mobile", viewport.mobile()));
		this.driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", viewport.mobile()));
	}

	/**
	 * Runs JavaScript in the page.
	 * @param <T> what the script returns, as WebDriver converts it
	 * @param script the body of a function, which may {@code return} a value
	 * @param arguments available to the script as {@code arguments}
	 * @return the script's result
	 */
	@SuppressWarnings("unchecked")
	public <T> T script(String script, Object... arguments) {
		return (T) this.driver.executeScript(script, arguments);
	}

	/**
	 * Presses keys as a keyboard would, on whatever has the focus.
	 * @param keys the keys, one after the other
	 */
	public void press(CharSequence... keys) {
		new Actions(this.driver).sendKeys(keys).perform();
	}

	/** Presses Tab and answers the element that then has the focus. */
	public WebElement tab() {
		press(Keys.TAB);
		return focused();
	}

	/** The element that has the focus. */
	public WebElement focused() {
		return this.driver.switchTo().activeElement();
	}

	/**
	 * Saves a picture of the whole page, not just the part on screen, as
	 * {@code target/screenshots/{name}.png}.
	 * @param name the file's name, without extension
	 * @return the file written
	 */
	public Path screenshot(String name) {
		Map<String, Object> metrics = this.driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
		@SuppressWarnings("unchecked")
		Map<String, Number> size = (Map<String, Number>) metrics.get("cssContentSize");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get("width"), "height", size.get("height"),
				"scale", 1);
		Map<String, Object> shot = this.driver.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		try {
			Path file = Path.of("target", "screenshots", name + ".png");
			Files.createDirectories(file.getParent());
			return Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Forgets cookies and returns to the desktop screen, as a new reader would arrive.
	 */
	void reset() {
		this.driver.manage().deleteAllCookies();
		use(Viewport.DESKTOP);
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			deleteProfile();
		}
	}

	private void deleteProfile() {
		try (Stream<Path> files = Files.walk(this.profile)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temporary profile does no harm.
		}
	}

}
