package dk.traedesten.events.web;

import java.util.Arrays;
import java.util.List;

import dk.traedesten.events.Roundtable;

import org.springframework.validation.Errors;

/**
 * A table's page form: facilitator and note-taker, what was said, and the themes and recommendations one per line.
 */
public class RoundtableForm {

	static final int NAME_LENGTH = 200;

	static final int SUMMARY_LENGTH = 10_000;

	static final int ITEM_LENGTH = 300;

	static final int ITEMS = 30;

	private String facilitator = "";

	private String noteTaker = "";

	private String summary = "";

	private String themes = "";

	private String recommendations = "";

	static RoundtableForm of(Roundtable table) {
		RoundtableForm form = new RoundtableForm();
		form.facilitator = table.facilitator();
		form.noteTaker = table.noteTaker();
		form.summary = table.summary();
		form.themes = String.join("\n", table.themes());
		form.recommendations = String.join("\n", table.recommendations());
		return form;
	}

	boolean validate(Errors errors) {
		length("facilitator", facilitator, errors);
		length("noteTaker", noteTaker, errors);
		if (summary.length() > SUMMARY_LENGTH) {
			errors.rejectValue("summary", "roundtables.error.summary-length", new Object[] { SUMMARY_LENGTH }, null);
		}
		items("themes", themes(), errors);
		items("recommendations", recommendations(), errors);
		return !errors.hasErrors();
	}

	List<String> themes() {
		return lines(themes);
	}

	List<String> recommendations() {
		return lines(recommendations);
	}

	private static void length(String field, String value, Errors errors) {
		if (value.strip().length() > NAME_LENGTH) {
			errors.rejectValue(field, "roundtables.error.name-length", new Object[] { NAME_LENGTH }, null);
		}
	}

	private static void items(String field, List<String> lines, Errors errors) {
		if (lines.size() > ITEMS) {
			errors.rejectValue(field, "roundtables.error.items", new Object[] { ITEMS }, null);
			return;
		}
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).length() > ITEM_LENGTH) {
				errors.rejectValue(field, "roundtables.error.item-length", new Object[] { ITEM_LENGTH, i + 1 }, null);
				return;
			}
		}
	}

	private static List<String> lines(String text) {
		return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	public String getFacilitator() {
		return facilitator;
	}

	public void setFacilitator(String facilitator) {
		this.facilitator = facilitator == null ? "" : facilitator;
	}

	public String getNoteTaker() {
		return noteTaker;
	}

	public void setNoteTaker(String noteTaker) {
		this.noteTaker = noteTaker == null ? "" : noteTaker;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary == null ? "" : summary;
	}

	public String getThemes() {
		return themes;
	}

	public void setThemes(String themes) {
		this.themes = themes == null ? "" : themes;
	}

	public String getRecommendations() {
		return recommendations;
	}

	public void setRecommendations(String recommendations) {
		this.recommendations = recommendations == null ? "" : recommendations;
	}
}
