package dk.traedesten.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Danish and English bundles hold the same keys, every literal message key a template uses exists, and no
 * template shows text that does not come from a message key.
 */
class I18nBundleSyncTests {

	static final Path BUNDLES = Path.of("src/main/resources/i18n");

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	@Test
	void everyKeyExistsInBothLanguages() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path danish : danishBundles()) {
			Path english = danish.resolveSibling(danish.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(english).as("English bundle next to " + danish).exists();
			Set<String> da = load(danish).stringPropertyNames();
			Set<String> en = load(english).stringPropertyNames();
			missing(da, en).forEach(key -> problems.add(english.getFileName() + " lacks " + key));
			missing(en, da).forEach(key -> problems.add(danish.getFileName() + " lacks " + key));
		}
		assertThat(problems).as(() -> String.join("\n", problems)).isEmpty();
	}

	@Test
	void everyMessageKeyATemplateNamesExists() throws IOException {
		Set<String> keys = new TreeSet<>();
		for (Path danish : danishBundles()) {
			keys.addAll(load(danish).stringPropertyNames());
		}
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			for (String key : TemplateText.literalMessageKeys(Files.readString(template))) {
				if (!keys.contains(key)) {
					problems.add(TEMPLATES.relativize(template) + " uses unknown key " + key);
				}
			}
		}
		assertThat(problems).as(() -> String.join("\n", problems)).isEmpty();
	}

	@Test
	void templatesShowNoTextOutsideMessageKeys() throws IOException {
		List<String> problems = new ArrayList<>();
		for (Path template : templates()) {
			TemplateText.hardCoded(Files.readString(template))
				.forEach(text -> problems.add(TEMPLATES.relativize(template) + ": " + text));
		}
		assertThat(problems).as(() -> String.join("\n", problems)).isEmpty();
	}

	private static Set<String> missing(Set<String> in, Set<String> from) {
		Set<String> missing = new TreeSet<>(in);
		missing.removeAll(from);
		return missing;
	}

	private static List<Path> danishBundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.filter(file -> file.toString().endsWith(".properties"))
				.filter(file -> !file.getFileName().toString().matches(".*_[a-z]{2}\\.properties"))
				.sorted()
				.toList();
		}
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
