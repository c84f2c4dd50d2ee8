package dk.traedesten.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.openqa.selenium.WebElement;

/**
 * A page of the app as a test reaches it: who is signed in, the address to open, and any steps from there (follow a
 * link, submit a form). Steps run in the browser as it is, so the language chosen on opening carries through.
 */
record Page(String name, Account account, String path, List<Consumer<Browser>> steps) {

	static Page at(String name, Account account, String path) {
		return new Page(name, account, path, List.of());
	}

	/** Then follows the first link that matches the selector, e.g. the first row of a table. */
	Page following(String linkSelector) {
		return then(browser -> {
			String href = browser.find(linkSelector).getAttribute("href");
			browser.driver().get(href);
		});
	}

	/** Then submits the form that matches the selector with its fields as they are, e.g. empty. */
	Page submitting(String formSelector) {
		return then(browser -> {
			WebElement button = browser.find(formSelector + " button[type=submit]");
			button.click();
			browser.waitUntilGone(button);
		});
	}

	/** Then types the text into the field that matches the selector, after clearing it. */
	Page typing(String fieldSelector, String text) {
		return then(browser -> {
			WebElement field = browser.find(fieldSelector);
			field.clear();
			field.sendKeys(text);
		});
	}

	/** Then chooses, in the file input that matches the selector, a temporary file with the content. */
	Page choosingFile(String inputSelector, String content) {
		return then(browser -> {
			try {
				Path file = Files.createTempFile("traedesten-upload-", ".csv");
				file.toFile().deleteOnExit();
				Files.writeString(file, content, StandardCharsets.UTF_8);
				browser.find(inputSelector).sendKeys(file.toAbsolutePath().toString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	Page then(Consumer<Browser> step) {
		List<Consumer<Browser>> more = new ArrayList<>(steps);
		more.add(step);
		return new Page(name, account, path, List.copyOf(more));
	}

	void visit(Browser browser, Language language) {
		browser.signInAs(account);
		browser.open(path, language);
		steps.forEach(step -> step.accept(browser));
	}

	@Override
	public String toString() {
		return name;
	}
}
