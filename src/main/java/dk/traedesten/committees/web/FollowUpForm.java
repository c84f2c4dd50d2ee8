package dk.traedesten.committees.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.committees.CommitteeFollowUps.FollowUpDraft;
import dk.traedesten.committees.FollowUpRules;
import dk.traedesten.organisation.PersonProfile;

import org.springframework.validation.Errors;

/**
 * A new follow-up as the secretary writes it: what, who (the e-mail of a person of the municipality, or a
 * department's name, exactly one of them) and the due date. Checked field by field with Danish errors.
 */
public class FollowUpForm {

	private String what = "";

	private String assigneeEmail = "";

	private String department = "";

	private String dueOn = "";

	/**
	 * True when the form can be saved; the person is looked up by e-mail among the municipality's people, and is
	 * then returned through {@code person}.
	 */
	boolean validate(Errors errors, java.util.function.Function<String, Optional<PersonProfile>> people,
			Integer municipality, PersonProfile[] person) {
		if (what.isBlank()) {
			errors.rejectValue("what", "followups.error.what-required");
		}
		else if (what.strip().length() > FollowUpRules.MAX_WHAT) {
			errors.rejectValue("what", "followups.error.too-long", new Object[] { FollowUpRules.MAX_WHAT }, null);
		}
		boolean byEmail = !assigneeEmail.isBlank();
		boolean byDepartment = !department.isBlank();
		if (byEmail == byDepartment) {
			errors.rejectValue("assigneeEmail", "followups.error.assignee-one");
		}
		else if (byEmail) {
			Optional<PersonProfile> found = people.apply(assigneeEmail.strip())
				.filter(profile -> municipality != null && municipality.equals(profile.municipalityCode()));
			if (found.isEmpty()) {
				errors.rejectValue("assigneeEmail", "followups.error.assignee-unknown");
			}
			else {
				person[0] = found.get();
			}
		}
		else if (department.strip().length() > FollowUpRules.MAX_NAME) {
			errors.rejectValue("department", "followups.error.too-long", new Object[] { FollowUpRules.MAX_NAME }, null);
		}
		if (dueOn.isBlank()) {
			errors.rejectValue("dueOn", "followups.error.due-required");
		}
		else if (FormDates.date(dueOn) == null) {
			errors.rejectValue("dueOn", "followups.error.due-date");
		}
		return !errors.hasErrors();
	}

	FollowUpDraft toDraft(PersonProfile person) {
		UUID personId = person == null ? null : person.id();
		String name = person == null ? department.strip() : person.name();
		return new FollowUpDraft(what.strip(), personId, name, LocalDate.parse(dueOn.strip()));
	}

	public String getWhat() {
		return what;
	}

	public void setWhat(String what) {
		this.what = what == null ? "" : what;
	}

	public String getAssigneeEmail() {
		return assigneeEmail;
	}

	public void setAssigneeEmail(String assigneeEmail) {
		this.assigneeEmail = assigneeEmail == null ? "" : assigneeEmail;
	}

	public String getDepartment() {
		return department;
	}

	public void setDepartment(String department) {
		this.department = department == null ? "" : department;
	}

	public String getDueOn() {
		return dueOn;
	}

	public void setDueOn(String dueOn) {
		this.dueOn = dueOn == null ? "" : dueOn;
	}
}
