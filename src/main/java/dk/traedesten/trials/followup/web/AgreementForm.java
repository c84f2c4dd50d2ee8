package dk.traedesten.trials.followup.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.traedesten.trials.followup.Agreement;
import dk.traedesten.trials.followup.FollowUpSchedule;

import org.springframework.format.annotation.DateTimeFormat;

/** What the agreement form sends; the plan has as many rows as the form shows (one more per "add row"). */
class AgreementForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate baselineOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate statusDueOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate evaluationDueOn;

	private String notes = "";

	private List<Row> plan = new ArrayList<>();

	/** A fresh form starting on the first of next month, with the schedule's default dates and three empty rows. */
	static AgreementForm proposal(LocalDate today) {
		AgreementForm form = new AgreementForm();
		form.startsOn = today.withDayOfMonth(1).plusMonths(1);
		form.defaultDates();
		for (int i = 0; i < 3; i++) {
			form.plan.add(new Row());
		}
		return form;
	}

	/** Fills the dates left empty from the start date (FollowUpSchedule). */
	void defaultDates() {
		if (startsOn == null) {
			return;
		}
		baselineOn = baselineOn != null ? baselineOn : FollowUpSchedule.baseline(startsOn);
		statusDueOn = statusDueOn != null ? statusDueOn : FollowUpSchedule.statusDue(startsOn);
		evaluationDueOn = evaluationDueOn != null ? evaluationDueOn : FollowUpSchedule.evaluationDue(startsOn);
	}

	Agreement toAgreement() {
		return new Agreement(startsOn, baselineOn, statusDueOn, evaluationDueOn, notes,
				plan.stream().map(row -> new Agreement.DataCollection(row.what, row.how, row.timing, row.responsible))
					.toList(),
				null);
	}

	public static class Row {

		private String what = "";

		private String how = "";

		private String timing = "";

		private String responsible = "";

		public String getWhat() {
			return what;
		}

		public void setWhat(String what) {
			this.what = what;
		}

		public String getHow() {
			return how;
		}

		public void setHow(String how) {
			this.how = how;
		}

		public String getTiming() {
			return timing;
		}

		public void setTiming(String timing) {
			this.timing = timing;
		}

		public String getResponsible() {
			return responsible;
		}

		public void setResponsible(String responsible) {
			this.responsible = responsible;
		}
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getBaselineOn() {
		return baselineOn;
	}

	public void setBaselineOn(LocalDate baselineOn) {
		this.baselineOn = baselineOn;
	}

	public LocalDate getStatusDueOn() {
		return statusDueOn;
	}

	public void setStatusDueOn(LocalDate statusDueOn) {
		this.statusDueOn = statusDueOn;
	}

	public LocalDate getEvaluationDueOn() {
		return evaluationDueOn;
	}

	public void setEvaluationDueOn(LocalDate evaluationDueOn) {
		this.evaluationDueOn = evaluationDueOn;
	}

	public String getNotes() {
		return notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public List<Row> getPlan() {
		return plan;
	}

	public void setPlan(List<Row> plan) {
		this.plan = plan;
	}
}
