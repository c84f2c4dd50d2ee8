package dk.traedesten.trials.followup.web;

import java.util.EnumMap;
import java.util.Map;

import dk.traedesten.trials.Outcome;
import dk.traedesten.trials.TrialDecision;
import dk.traedesten.trials.followup.EffectDirection;
import dk.traedesten.trials.followup.ReportKind;
import dk.traedesten.trials.followup.TrialReport;

/** What the status report and evaluation forms send; the effects map has one entry per outcome. */
class ReportForm {

	private Map<Outcome, EffectForm> effects = new EnumMap<>(Outcome.class);

	private String summary = "";

	private String sustainability = "";

	private Integer sustainabilityRating;

	private String durability = "";

	private Integer durabilityRating;

	private String transferability = "";

	private Integer transferabilityRating;

	private TrialDecision decision;

	private String decisionReason = "";

	ReportForm() {
		for (Outcome outcome : Outcome.values()) {
			effects.put(outcome, new EffectForm());
		}
	}

	static ReportForm of(TrialReport report) {
		ReportForm form = new ReportForm();
		report.effects().forEach((outcome, effect) -> {
			form.effects.get(outcome).setDirection(effect.direction());
			form.effects.get(outcome).setDescription(effect.description());
		});
		form.summary = report.summary();
		form.sustainability = report.sustainability();
		form.sustainabilityRating = report.sustainabilityRating();
		form.durability = report.durability();
		form.durabilityRating = report.durabilityRating();
		form.transferability = report.transferability();
		form.transferabilityRating = report.transferabilityRating();
		form.decision = report.decision();
		form.decisionReason = report.decisionReason();
		return form;
	}

	TrialReport toReport(ReportKind kind) {
		Map<Outcome, TrialReport.Effect> entered = new EnumMap<>(Outcome.class);
		for (Outcome outcome : Outcome.values()) {
			EffectForm effect = effects.getOrDefault(outcome, new EffectForm());
			entered.put(outcome, new TrialReport.Effect(effect.direction, effect.description == null ? "" : effect.description));
		}
		return new TrialReport(kind, entered, summary, sustainability, sustainabilityRating, durability, durabilityRating,
				transferability, transferabilityRating, kind == ReportKind.EVALUATION ? decision : null,
				kind == ReportKind.EVALUATION ? decisionReason : "", null);
	}

	public static class EffectForm {

		private EffectDirection direction;

		private String description = "";

		public EffectDirection getDirection() {
			return direction;
		}

		public void setDirection(EffectDirection direction) {
			this.direction = direction;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}
	}

	public Map<Outcome, EffectForm> getEffects() {
		return effects;
	}

	public void setEffects(Map<Outcome, EffectForm> effects) {
		this.effects = effects;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getSustainability() {
		return sustainability;
	}

	public void setSustainability(String sustainability) {
		this.sustainability = sustainability;
	}

	public Integer getSustainabilityRating() {
		return sustainabilityRating;
	}

	public void setSustainabilityRating(Integer sustainabilityRating) {
		this.sustainabilityRating = sustainabilityRating;
	}

	public String getDurability() {
		return durability;
	}

	public void setDurability(String durability) {
		this.durability = durability;
	}

	public Integer getDurabilityRating() {
		return durabilityRating;
	}

	public void setDurabilityRating(Integer durabilityRating) {
		this.durabilityRating = durabilityRating;
	}

	public String getTransferability() {
		return transferability;
	}

	public void setTransferability(String transferability) {
		this.transferability = transferability;
	}

	public Integer getTransferabilityRating() {
		return transferabilityRating;
	}

	public void setTransferabilityRating(Integer transferabilityRating) {
		this.transferabilityRating = transferabilityRating;
	}

	public TrialDecision getDecision() {
		return decision;
	}

	public void setDecision(TrialDecision decision) {
		this.decision = decision;
	}

	public String getDecisionReason() {
		return decisionReason;
	}

	public void setDecisionReason(String decisionReason) {
		this.decisionReason = decisionReason;
	}
}
