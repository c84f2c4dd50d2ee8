package dk.traedesten.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an organiser must get right when planning an event by hand, each problem named by the field it belongs to
 * and a bundle key saying what is wrong in Danish. The slug becomes the event's public address
 * (/arrangementer/{slug}) and stays, so it is plain: lower-case letters, digits and single hyphens.
 */
public final class EventDraftRules {

	public static final int SLUG_MAX = 80;

	public static final int TITLE_MAX = 200;

	/** The most a seat can cost by hand, in kroner: more is a typing error. */
	public static final long PRICE_MAX_KRONER = 100_000;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private EventDraftRules() {
	}

	/** The problems of an event's basics; empty when it may be saved. */
	public static Map<String, String> problems(String slug, String title, LocalDate date, LocalTime startsAt,
			LocalTime endsAt, Long pricePerPersonKroner) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (slug == null || slug.isBlank()) {
			problems.put("slug", "events.plan.error.slug-required");
		}
		else if (slug.length() > SLUG_MAX || !SLUG.matcher(slug).matches()) {
			problems.put("slug", "events.plan.error.slug-form");
		}
		if (title == null || title.isBlank()) {
			problems.put("title", "events.plan.error.title-required");
		}
		else if (title.strip().length() > TITLE_MAX) {
			problems.put("title", "events.plan.error.title-too-long");
		}
		if (date == null) {
			problems.put("date", "events.plan.error.date");
		}
		if (startsAt == null) {
			problems.put("startsAt", "events.plan.error.time");
		}
		if (endsAt == null) {
			problems.put("endsAt", "events.plan.error.time");
		}
		else if (startsAt != null && !endsAt.isAfter(startsAt)) {
			problems.put("endsAt", "events.plan.error.ends-before-start");
		}
		if (pricePerPersonKroner != null && (pricePerPersonKroner < 0 || pricePerPersonKroner > PRICE_MAX_KRONER)) {
			problems.put("price", "events.plan.error.price");
		}
		return problems;
	}

	/** The problems of a programme item to add; the item must lie within the event's day. */
	public static Map<String, String> itemProblems(String title, LocalTime startsAt, LocalTime endsAt,
			LocalTime eventStarts, LocalTime eventEnds) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (title == null || title.isBlank()) {
			problems.put("title", "events.plan.error.title-required");
		}
		else if (title.strip().length() > TITLE_MAX) {
			problems.put("title", "events.plan.error.title-too-long");
		}
		if (startsAt == null) {
			problems.put("startsAt", "events.plan.error.time");
		}
		else if (startsAt.isBefore(eventStarts) || !startsAt.isBefore(eventEnds)) {
			problems.put("startsAt", "events.plan.error.outside-event");
		}
		if (endsAt != null && startsAt != null) {
			if (!endsAt.isAfter(startsAt)) {
				problems.put("endsAt", "events.plan.error.ends-before-start");
			}
			else if (endsAt.isAfter(eventEnds)) {
				problems.put("endsAt", "events.plan.error.outside-event");
			}
		}
		return problems;
	}

	/** A price in whole kroner as øre, the unit every amount is kept in. */
	public static long ore(long kroner) {
		return Math.multiplyExact(kroner, 100L);
	}
}
