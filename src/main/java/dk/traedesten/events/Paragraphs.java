package dk.traedesten.events;

import java.util.Arrays;
import java.util.List;

/** Splits an organiser's text into its paragraphs at blank lines, so a page can show them without markup. */
public final class Paragraphs {

	private Paragraphs() {
	}

	public static List<String> of(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}
}
