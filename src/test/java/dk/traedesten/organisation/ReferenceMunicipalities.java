package dk.traedesten.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** The 98 municipalities from the reference file the app ships, for tests that need real names. */
final class ReferenceMunicipalities {

	static final Map<Integer, String> BY_CODE = load();

	static final MunicipalityNames NAMES = new MunicipalityNames(BY_CODE);

	private ReferenceMunicipalities() {
	}

	private static Map<Integer, String> load() {
		try (InputStream in = ReferenceMunicipalities.class.getResourceAsStream("/reference/municipalities.csv")) {
			Map<Integer, String> names = new TreeMap<>();
			new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(line -> line.split(";"))
				.forEach(cells -> names.put(Integer.valueOf(cells[0].trim()), cells[1].trim()));
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
