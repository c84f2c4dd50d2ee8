package dk.traedesten.events.web;

import java.util.Collection;
import java.util.Map;

import dk.traedesten.events.Chooser;
import dk.traedesten.events.EventPlanning.NewChoiceGroup;
import dk.traedesten.events.OfferRules;

import org.springframework.validation.BindingResult;

/** A choice group as the organiser types it on the planning page. */
public class ChoiceGroupForm {

	private String name = "";

	private String groupDescription = "";

	private String minChoices = "0";

	private String maxChoices = "1";

	private String chooser = Chooser.PARTICIPANT.name();

	boolean validate(Collection<String> takenNames, BindingResult errors) {
		Map<String, String> problems = OfferRules.groupProblems(name, whole(minChoices), whole(maxChoices), takenNames);
		problems.forEach(errors::rejectValue);
		if (chooser() == null) {
			errors.rejectValue("chooser", "events.offer.error.chooser");
		}
		if (groupDescription.length() > EventDraftForm.TEXT_MAX) {
			errors.rejectValue("groupDescription", "events.plan.error.text-too-long");
		}
		return !errors.hasErrors();
	}

	NewChoiceGroup group() {
		return new NewChoiceGroup(name.strip(), groupDescription.strip(), whole(minChoices), whole(maxChoices),
				chooser());
	}

	private Chooser chooser() {
		try {
			return Chooser.valueOf(chooser);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Integer whole(String text) {
		return text != null && text.strip().matches("\\d{1,6}") ? Integer.valueOf(text.strip()) : null;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name;
	}

	public String getGroupDescription() {
		return groupDescription;
	}

	public void setGroupDescription(String groupDescription) {
		this.groupDescription = groupDescription == null ? "" : groupDescription;
	}

	public String getMinChoices() {
		return minChoices;
	}

	public void setMinChoices(String minChoices) {
		this.minChoices = minChoices == null ? "" : minChoices;
	}

	public String getMaxChoices() {
		return maxChoices;
	}

	public void setMaxChoices(String maxChoices) {
		this.maxChoices = maxChoices == null ? "" : maxChoices;
	}

	public String getChooser() {
		return chooser;
	}

	public void setChooser(String chooser) {
		this.chooser = chooser == null ? "" : chooser;
	}
}
