package dk.traedesten.events.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import dk.traedesten.events.EventDraftRules;
import dk.traedesten.events.EventFormat;
import dk.traedesten.events.EventKind;

import org.springframework.validation.BindingResult;

/** A new event's basics as the organiser types them; dates and times as the date and time inputs send them. */
public class EventDraftForm {

	static final int TEXT_MAX = 20_000;

	private String kind = "";

	private String title = "";

	private String theme = "";

	private String slug = "";

	private String date = "";

	private String startsAt = "";

	private String endsAt = "";

	private String format = "";

	private String place = "";

	private String invitation = "";

	private String practical = "";

	private String price = "";

	boolean validate(BindingResult errors) {
		if (kind() == null) {
			errors.rejectValue("kind", "events.plan.error.kind");
		}
		if (format() == null) {
			errors.rejectValue("format", "events.plan.error.format");
		}
		Long kroner = null;
		if (!price.isBlank()) {
			try {
				kroner = Long.parseLong(price.strip().replace(".", ""));
			}
			catch (NumberFormatException ex) {
				errors.rejectValue("price", "events.plan.error.price");
			}
		}
		Map<String, String> problems = EventDraftRules.problems(slug.strip(), title, date(date), time(startsAt),
				time(endsAt), kroner);
		problems.forEach((field, key) -> {
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, key);
			}
		});
		if (invitation.length() > TEXT_MAX || practical.length() > TEXT_MAX || theme.length() > TEXT_MAX
				|| place.length() > TEXT_MAX) {
			errors.reject("events.plan.error.text-too-long");
		}
		return !errors.hasErrors();
	}

	EventKind kind() {
		return parse(EventKind.class, kind);
	}

	EventFormat format() {
		return parse(EventFormat.class, format);
	}

	LocalDate day() {
		return date(date);
	}

	LocalTime start() {
		return time(startsAt);
	}

	LocalTime end() {
		return time(endsAt);
	}

	long priceOre() {
		return price.isBlank() ? 0 : EventDraftRules.ore(Long.parseLong(price.strip().replace(".", "")));
	}

	static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static LocalTime time(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String text) {
		try {
			return text == null || text.isBlank() ? null : Enum.valueOf(type, text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind == null ? "" : kind;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title == null ? "" : title;
	}

	public String getTheme() {
		return theme;
	}

	public void setTheme(String theme) {
		this.theme = theme == null ? "" : theme;
	}

	public String getSlug() {
		return slug;
	}

	public void setSlug(String slug) {
		this.slug = slug == null ? "" : slug;
	}

	public String getDate() {
		return date;
	}

	public void setDate(String date) {
		this.date = date == null ? "" : date;
	}

	public String getStartsAt() {
		return startsAt;
	}

	public void setStartsAt(String startsAt) {
		this.startsAt = startsAt == null ? "" : startsAt;
	}

	public String getEndsAt() {
		return endsAt;
	}

	public void setEndsAt(String endsAt) {
		this.endsAt = endsAt == null ? "" : endsAt;
	}

	public String getFormat() {
		return format;
	}

	public void setFormat(String format) {
		this.format = format == null ? "" : format;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place == null ? "" : place;
	}

	public String getInvitation() {
		return invitation;
	}

	public void setInvitation(String invitation) {
		this.invitation = invitation == null ? "" : invitation;
	}

	public String getPractical() {
		return practical;
	}

	public void setPractical(String practical) {
		this.practical = practical == null ? "" : practical;
	}

	public String getPrice() {
		return price;
	}

	public void setPrice(String price) {
		this.price = price == null ? "" : price;
	}
}
