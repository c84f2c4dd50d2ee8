package dk.traedesten.platform.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Thymeleaf template just far enough to find the text a user would see that does not come from a message
 * key: text nodes outside any element whose content Thymeleaf replaces, and user-visible attributes without a
 * {@code th:} counterpart.
 */
final class TemplateText {

	private static final Pattern TOKENS = Pattern.compile(
			"<!--.*?-->|<!DOCTYPE[^>]*>|<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>|([^<]+)",
			Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z:_-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[}(]");

	/** Elements whose body Thymeleaf replaces: any text inside them is only a designer's fallback. */
	private static final Set<String> CONTENT_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace", "th:insert",
			"sec:authentication", "th:remove");

	/** Attributes a user sees or hears. */
	private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
			"aria-description", "aria-roledescription");

	private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input",
			"link", "meta", "source", "track", "wbr");

	private static final Set<String> INVISIBLE_ELEMENTS = Set.of("script", "style");

	private TemplateText() {
	}

	static Set<String> literalMessageKeys(String template) {
		Set<String> keys = new LinkedHashSet<>();
		Matcher matcher = MESSAGE_KEY.matcher(template);
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
		return keys;
	}

	static List<String> hardCoded(String template) {
		List<String> found = new ArrayList<>();
		Deque<Element> open = new ArrayDeque<>();
		Matcher token = TOKENS.matcher(template);
		while (token.find()) {
			if (token.group(4) != null) {
				String text = token.group(4).strip();
				if (text.codePoints().anyMatch(Character::isLetter) && open.stream().noneMatch(Element::replaced)) {
					found.add("text \"" + text.replaceAll("\\s+", " ") + "\"");
				}
			}
			else if (token.group(2) != null) {
				String name = token.group(2).toLowerCase();
				if (!token.group(1).isEmpty()) {
					close(open, name);
					continue;
				}
				String attributes = token.group(3);
				Element element = new Element(name, replacesContent(attributes) || INVISIBLE_ELEMENTS.contains(name));
				visibleAttributes(name, attributes, found);
				if (!VOID_ELEMENTS.contains(name) && !attributes.strip().endsWith("/")) {
					open.push(element);
				}
			}
		}
		return found;
	}

	private static boolean replacesContent(String attributes) {
		Matcher attribute = ATTRIBUTE.matcher(attributes);
		while (attribute.find()) {
			if (CONTENT_ATTRIBUTES.contains(attribute.group(1).toLowerCase())) {
				return true;
			}
		}
		return false;
	}

	private static void visibleAttributes(String element, String attributes, List<String> found) {
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		Matcher attribute = ATTRIBUTE.matcher(attributes);
		while (attribute.find()) {
			String value = attribute.group(2);
			values.put(attribute.group(1).toLowerCase(), value.substring(1, value.length() - 1));
		}
		boolean button = element.equals("input") && values.getOrDefault("type", "").matches("submit|button|reset");
		values.forEach((name, value) -> {
			boolean visible = VISIBLE_ATTRIBUTES.contains(name) || button && name.equals("value");
			boolean dynamic = values.containsKey("th:" + name)
					|| values.getOrDefault("th:attr", "").matches("(?s).*\\b" + Pattern.quote(name) + "\\s*=.*");
			if (visible && !dynamic && value.codePoints().anyMatch(Character::isLetter)) {
				found.add(name + "=\"" + value + "\" on <" + element + ">");
			}
		});
	}

	private static void close(Deque<Element> open, String name) {
		if (open.stream().noneMatch(element -> element.name().equals(name))) {
			return;
		}
		while (!open.isEmpty() && !open.pop().name().equals(name)) {
			// pops elements left unclosed inside this one
		}
	}

	private record Element(String name, boolean replaced) {
	}
}
