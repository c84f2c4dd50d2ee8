package dk.traedesten.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class OrganisationBundleTests {

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				OrganisationBundleTests.class.getResourceAsStream("/i18n/" + name + ".properties"),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void danishAndEnglishBundlesHaveTheSameKeys() throws IOException {
		assertThat(bundle("organisation_en").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(bundle("organisation").stringPropertyNames());
	}

	@Test
	void everyImportProblemAndOrganisationKindHasAText() throws IOException {
		Properties danish = bundle("organisation");
		for (String reason : new String[] { "unknown-municipality", "not-whole-number", "negative", "too-large",
				"missing-column", "missing-municipality", "missing-population", "duplicate", "invalid-year", "no-year",
				"empty", "wrong-encoding" }) {
			assertThat(danish).containsKey(new ImportProblem(1, reason).messageKey());
		}
		Arrays.stream(OrganisationKind.values())
			.forEach(kind -> assertThat(danish).containsKey("organisation.kind." + kind.name()));
	}
}
