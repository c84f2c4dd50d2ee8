package dk.traedesten.committees;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What OParl 1.1 demands of the objects this app serves: the properties each type must carry (the spec's "ZWINGEND")
 * and the JSON kind of every property we use, so a wrong type fails as surely as a missing field.
 */
final class OparlSchema {

	static final String SCHEMA = "https://schema.oparl.org/1.1/";

	enum Kind {
		URL, STRING, INTEGER, BOOLEAN, DATE_TIME, DATE, URL_ARRAY, OBJECT_ARRAY, STRING_ARRAY
	}

	static final Map<String, List<String>> REQUIRED = Map.of(
			"System", List.of("id", "type", "oparlVersion", "body"),
			"Body", List.of("id", "type", "name", "organization", "person", "meeting", "paper", "legislativeTerm"),
			"Organization", List.of("id", "type"),
			"Person", List.of("id", "type"),
			"Membership", List.of("id", "type", "organization"),
			"Meeting", List.of("id", "type"),
			"AgendaItem", List.of("id", "type", "meeting", "order"),
			"Paper", List.of("id", "type"),
			"Consultation", List.of("id", "type", "paper", "organization"),
			"File", List.of("id", "type", "accessUrl", "fileName", "mimeType", "size", "date", "modified"));

	static final Map<String, Kind> KINDS = Map.ofEntries(Map.entry("id", Kind.URL), Map.entry("type", Kind.URL),
			Map.entry("oparlVersion", Kind.URL), Map.entry("body", Kind.URL), Map.entry("system", Kind.URL),
			Map.entry("website", Kind.URL), Map.entry("web", Kind.URL), Map.entry("name", Kind.STRING),
			Map.entry("shortName", Kind.STRING), Map.entry("organization", Kind.URL),
			Map.entry("person", Kind.URL), Map.entry("meeting", Kind.URL), Map.entry("paper", Kind.URL),
			Map.entry("agendaItem", Kind.URL), Map.entry("consultation", Kind.URL),
			Map.entry("file", Kind.URL), Map.entry("membership", Kind.URL),
			Map.entry("legislativeTerm", Kind.OBJECT_ARRAY), Map.entry("organizationType", Kind.STRING),
			Map.entry("classification", Kind.STRING), Map.entry("role", Kind.STRING),
			Map.entry("votingRight", Kind.BOOLEAN), Map.entry("startDate", Kind.DATE), Map.entry("endDate", Kind.DATE),
			Map.entry("keyword", Kind.STRING_ARRAY), Map.entry("meetingState", Kind.STRING),
			Map.entry("cancelled", Kind.BOOLEAN), Map.entry("start", Kind.DATE_TIME), Map.entry("number", Kind.STRING),
			Map.entry("order", Kind.INTEGER), Map.entry("public", Kind.BOOLEAN), Map.entry("result", Kind.STRING),
			Map.entry("resolutionText", Kind.STRING), Map.entry("auxiliaryFile", Kind.OBJECT_ARRAY),
			Map.entry("reference", Kind.STRING), Map.entry("date", Kind.DATE),
			Map.entry("authoritative", Kind.BOOLEAN), Map.entry("fileName", Kind.STRING),
			Map.entry("mimeType", Kind.STRING), Map.entry("size", Kind.INTEGER), Map.entry("accessUrl", Kind.URL),
			Map.entry("created", Kind.DATE_TIME), Map.entry("modified", Kind.DATE_TIME),
			Map.entry("deleted", Kind.BOOLEAN));

	// Properties whose kind depends on the object: a list link on Body, a reference or embedded list elsewhere.
	static final Map<String, Map<String, Kind>> OVERRIDES = Map.of(
			"Organization", Map.of("membership", Kind.URL_ARRAY),
			"Person", Map.of("membership", Kind.OBJECT_ARRAY),
			"Meeting", Map.of("organization", Kind.URL_ARRAY, "agendaItem", Kind.OBJECT_ARRAY),
			"Paper", Map.of("consultation", Kind.OBJECT_ARRAY),
			"Consultation", Map.of("organization", Kind.URL_ARRAY),
			"File", Map.of("agendaItem", Kind.URL_ARRAY, "meeting", Kind.URL_ARRAY, "date", Kind.DATE_TIME));

	private OparlSchema() {
	}

	/** Checks one object and every object embedded in it; returns its type name. */
	@SuppressWarnings("unchecked")
	static String check(Map<String, Object> object) {
		String type = String.valueOf(object.get("type"));
		assertThat(type).as("type of %s", object.get("id")).startsWith(SCHEMA);
		String name = type.substring(SCHEMA.length());
		assertThat(REQUIRED).as("a type OParl 1.1 defines").containsKey(name);
		// A deleted object keeps only its id, type and times (OParl 1.1, "Gelöschte Objekte").
		if (!Boolean.TRUE.equals(object.get("deleted"))) {
			assertThat(object).as("%s %s", name, object.get("id")).containsKeys(REQUIRED.get(name).toArray(String[]::new));
		}
		for (Map.Entry<String, Object> property : object.entrySet()) {
			Kind kind = OVERRIDES.getOrDefault(name, Map.of()).getOrDefault(property.getKey(), KINDS.get(property.getKey()));
			assertThat(kind).as("%s.%s is a property we know", name, property.getKey()).isNotNull();
			assertKind(name + "." + property.getKey(), property.getValue(), kind);
			if (kind == Kind.OBJECT_ARRAY && !property.getKey().equals("legislativeTerm")) {
				((List<Map<String, Object>>) property.getValue()).forEach(OparlSchema::check);
			}
		}
		return name;
	}

	private static void assertKind(String what, Object value, Kind kind) {
		switch (kind) {
			case URL -> assertThat(URI.create((String) value).isAbsolute()).as(what).isTrue();
			case STRING -> assertThat(value).as(what).isInstanceOf(String.class);
			case INTEGER -> assertThat(value).as(what).isInstanceOf(Integer.class);
			case BOOLEAN -> assertThat(value).as(what).isInstanceOf(Boolean.class);
			case DATE_TIME -> assertThat(OffsetDateTime.parse((String) value)).as(what).isNotNull();
			case DATE -> assertThat(LocalDate.parse((String) value)).as(what).isNotNull();
			case URL_ARRAY -> assertThat((List<?>) value).as(what)
				.allSatisfy(u -> assertThat(URI.create((String) u).isAbsolute()).isTrue());
			case OBJECT_ARRAY -> assertThat((List<?>) value).as(what).allSatisfy(o -> assertThat(o).isInstanceOf(Map.class));
			case STRING_ARRAY -> assertThat((List<?>) value).as(what).allSatisfy(s -> assertThat(s).isInstanceOf(String.class));
		}
	}
}
