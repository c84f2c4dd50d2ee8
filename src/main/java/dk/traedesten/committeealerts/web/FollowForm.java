package dk.traedesten.committeealerts.web;

import dk.traedesten.committeealerts.FollowRules;

import org.springframework.validation.Errors;

/** The follow form: an address, and the search words when a search is followed. */
public class FollowForm {

	private String email = "";

	private String q = "";

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? "" : email;
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q == null ? "" : q;
	}

	boolean validate(Errors errors, boolean withWords) {
		FollowRules.addressRefusal(email)
			.ifPresent(reason -> errors.rejectValue("email", "committee-alerts.error.email." + reason));
		if (withWords) {
			FollowRules.wordsRefusal(q).ifPresent(reason -> errors.rejectValue("q", "committee-alerts.error.words." + reason,
					new Object[] { FollowRules.MAX_WORDS_LENGTH }, null));
		}
		return !errors.hasErrors();
	}
}
