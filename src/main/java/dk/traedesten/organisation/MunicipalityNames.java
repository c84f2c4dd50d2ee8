package dk.traedesten.organisation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a municipality the way people and Danmarks Statistik write it: "101", "København",
 * "Københavns Kommune", "101 København", "Høje Taastrup", "Bornholms Regionskommune" or, in Statbank's English
 * export, "Copenhagen". Also knows the totals Statbank lists beside the municipalities (the whole country,
 * regions, provinces and Christiansø), which are not municipalities and are left out of an import.
 */
public final class MunicipalityNames {

	private static final Pattern CODE = Pattern.compile("\\d{1,3}");

	private static final Pattern CODE_AND_NAME = Pattern.compile("(\\d{3})\\s*[-–]?\\s*(\\D.*)");

	/** Statbank's codes for the whole country (000), the five regions (081–085) and Christiansø (411). */
	private static final Pattern AGGREGATE_CODE = Pattern.compile("000|08[1-5]|411");

	private final Map<Integer, String> names;

	private final Map<String, Integer> codesByKey = new HashMap<>();

	public MunicipalityNames(Map<Integer, String> namesByCode) {
		this.names = Map.copyOf(namesByCode);
		namesByCode.forEach((code, name) -> codesByKey.put(key(name), code));
		Integer copenhagen = codesByKey.get(key("København"));
		if (copenhagen != null) {
			codesByKey.putIfAbsent("copenhagen", copenhagen);
		}
	}

	/** The code of the municipality the text names, or empty when it names none. */
	public OptionalInt codeOf(String text) {
		String tidy = tidy(text);
		if (CODE.matcher(tidy).matches()) {
			int code = Integer.parseInt(tidy);
			return names.containsKey(code) ? OptionalInt.of(code) : OptionalInt.empty();
		}
		Matcher codeAndName = CODE_AND_NAME.matcher(tidy);
		if (codeAndName.matches()) {
			return codeOf(codeAndName.group(1));
		}
		String key = key(tidy);
		for (String suffix : new String[] { " regionskommune", " kommune" }) {
			if (key.endsWith(suffix)) {
				key = key.substring(0, key.length() - suffix.length()).trim();
				break;
			}
		}
		Integer code = codesByKey.get(key);
		if (code == null && key.endsWith("s")) {
			// The official names are genitive: "Københavns Kommune", "Bornholms Regionskommune".
			code = codesByKey.get(key.substring(0, key.length() - 1));
		}
		return code == null ? OptionalInt.empty() : OptionalInt.of(code);
	}

	/** True for Statbank's totals and non-municipal areas, which an import passes over. */
	public boolean isAggregate(String text) {
		String key = key(tidy(text));
		return key.equals("hele landet") || key.equals("all denmark") || key.equals("christiansø")
				|| AGGREGATE_CODE.matcher(key).matches() || key.startsWith("region ") || key.startsWith("landsdel ")
				|| key.startsWith("province ");
	}

	public String nameOf(int code) {
		return names.getOrDefault(code, String.valueOf(code));
	}

	static String tidy(String text) {
		return text == null ? "" : text.replace('\u00A0', ' ').replace('\u202F', ' ').strip().replaceAll("\\s+", " ");
	}

	/** A spelling-tolerant key: case, hyphens and the old "aa" for "å" do not matter. */
	private static String key(String name) {
		return tidy(name.toLowerCase(Locale.ROOT).replaceAll("[-–—]", " ")).replace("å", "aa");
	}
}
