package dk.traedesten.trials.followup.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dk.traedesten.trials.PdsaAct;
import dk.traedesten.trials.followup.PdsaCycle;

/** What the PDSA cycle form sends: Plan, Do, Study, Act and the linked model elements. */
class PdsaForm {

	private String objective = "";

	private String prediction = "";

	private String who = "";

	private String what = "";

	private String when = "";

	private String where = "";

	private String dataPlan = "";

	private String done = "";

	private String study = "";

	private PdsaAct actDecision;

	private String act = "";

	private List<UUID> elementIds = new ArrayList<>();

	static PdsaForm of(PdsaCycle cycle) {
		PdsaForm form = new PdsaForm();
		form.objective = cycle.objective();
		form.prediction = cycle.prediction();
		form.who = cycle.who();
		form.what = cycle.what();
		form.when = cycle.when();
		form.where = cycle.where();
		form.dataPlan = cycle.dataPlan();
		form.done = cycle.done();
		form.study = cycle.study();
		form.actDecision = cycle.actDecision();
		form.act = cycle.act();
		form.elementIds = new ArrayList<>(cycle.elementIds());
		return form;
	}

	/** The cycle as entered, keeping only elements of the trial's own strategy. */
	PdsaCycle toCycle(List<UUID> knownElements) {
		return new PdsaCycle(null, 0, objective, prediction, who, what, when, where, dataPlan, done, study, actDecision,
				act, null, elementIds.stream().filter(knownElements::contains).distinct().toList());
	}

	public String getObjective() {
		return objective;
	}

	public void setObjective(String objective) {
		this.objective = objective;
	}

	public String getPrediction() {
		return prediction;
	}

	public void setPrediction(String prediction) {
		this.prediction = prediction;
	}

	public String getWho() {
		return who;
	}

	public void setWho(String who) {
		this.who = who;
	}

	public String getWhat() {
		return what;
	}

	public void setWhat(String what) {
		this.what = what;
	}

	public String getWhen() {
		return when;
	}

	public void setWhen(String when) {
		this.when = when;
	}

	public String getWhere() {
		return where;
	}

	public void setWhere(String where) {
		this.where = where;
	}

	public String getDataPlan() {
		return dataPlan;
	}

	public void setDataPlan(String dataPlan) {
		this.dataPlan = dataPlan;
	}

	public String getDone() {
		return done;
	}

	public void setDone(String done) {
		this.done = done;
	}

	public String getStudy() {
		return study;
	}

	public void setStudy(String study) {
		this.study = study;
	}

	public PdsaAct getActDecision() {
		return actDecision;
	}

	public void setActDecision(PdsaAct actDecision) {
		this.actDecision = actDecision;
	}

	public String getAct() {
		return act;
	}

	public void setAct(String act) {
		this.act = act;
	}

	public List<UUID> getElementIds() {
		return elementIds;
	}

	public void setElementIds(List<UUID> elementIds) {
		this.elementIds = elementIds;
	}
}
