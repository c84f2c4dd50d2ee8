package dk.traedesten.committees.web;

import dk.traedesten.committees.Decision;

import org.springframework.validation.BindingResult;

/** The decision on an item: as recommended, or an amended text. */
class DecisionForm {

	static final int TEXT_MAX = 20_000;

	private Boolean asRecommended;

	private String text = "";

	static DecisionForm of(Decision decision) {
		DecisionForm form = new DecisionForm();
		if (decision != null) {
			form.asRecommended = decision.asRecommended();
			form.text = decision.asRecommended() ? "" : decision.amendedText();
		}
		return form;
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
