package dk.traedesten.committees.web;

import dk.traedesten.committees.Decision;

import dk.traedesten.committees.VoteLines;
import dk.traedesten.committees.Voting;

import org.springframework.validation.BindingResult;

/** The decision on an item: as recommended, or an amended text. */
class DecisionForm {

	static final int TEXT_MAX = 20_000;

	private Boolean asRecommended;

	private String text = "";

	private String votes = "";

	private String minorityNote = "";

	private Voting voting = Voting.none();

	static DecisionForm of(Decision decision, Voting voting) {
		DecisionForm form = of(decision);
		form.votes = VoteLines.write(voting.votes());
		form.minorityNote = voting.minorityNote();
		return form;
	}

	static DecisionForm of(Decision decision) {
		DecisionForm form = new DecisionForm();
		if (decision != null) {
			form.asRecommended = decision.asRecommended();
			form.text = decision.asRecommended() ? "" : decision.amendedText();
		}
		return form;
	}

	/** Checks the decision and reads the vote; {@code members} is the committee's size, the most seats a vote has. */
	boolean validate(BindingResult errors, int members) {
		VoteLines.Read read = VoteLines.read(votes, members);
		if (!read.ok()) {
			errors.rejectValue("votes", read.problem(), read.arguments(), null);
		}
		else {
			voting = new Voting(read.votes(), minorityNote);
		}
		if (minorityNote.length() > TEXT_MAX) {
			errors.rejectValue("minorityNote", "committees.error.too-long", new Object[] { TEXT_MAX }, null);
		}
		return validate(errors);
	}

	Voting toVoting() {
		return voting;
	}

	boolean validate(BindingResult errors) {
		if (asRecommended == null) {
			errors.rejectValue("asRecommended", "committees.error.decision-required");
		}
		else if (!asRecommended && text.isBlank()) {
			errors.rejectValue("text", "committees.error.amended-text-required");
		}
		if (text.length() > TEXT_MAX) {
			errors.rejectValue("text", "committees.error.too-long", new Object[] { TEXT_MAX }, null);
		}
		return !errors.hasErrors();
	}

	Decision toDecision() {
		return asRecommended ? Decision.recommended() : Decision.amended(text);
	}

	public String getVotes() {
		return votes;
	}

	public void setVotes(String votes) {
		this.votes = votes == null ? "" : votes;
	}

	public String getMinorityNote() {
		return minorityNote;
	}

	public void setMinorityNote(String minorityNote) {
		this.minorityNote = minorityNote == null ? "" : minorityNote;
	}

	public Boolean getAsRecommended() {
		return asRecommended;
	}

	public void setAsRecommended(Boolean asRecommended) {
		this.asRecommended = asRecommended;
	}

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text == null ? "" : text;
	}
}
