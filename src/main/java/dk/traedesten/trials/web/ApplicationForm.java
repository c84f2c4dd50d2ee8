package dk.traedesten.trials.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.organisation.UnitKind;
import dk.traedesten.trials.ApplicationSections;
import dk.traedesten.trials.ChildVoiceMethod;
import dk.traedesten.trials.MeasureOutcome;
import dk.traedesten.trials.TrialApplication;

/**
 * What the steps of the application form send; each step fills its own fields. A bean rather than a record, so
 * the measure rows ({@code measures[0].name}) and the model elements ({@code elements[<id>]}) bind by index and
 * key.
 */
public class ApplicationForm {

	/** Rows the measures table shows at least, so a measure can be added without JavaScript. */
	static final int MINIMUM_MEASURE_ROWS = 3;

	private String title = "";

	private String intervention = "";

	private String problem = "";

	private Integer ageFrom;

	private Integer ageTo;

	private List<UnitKind> unitKinds = new ArrayList<>();

	private Integer childCount;

	private Map<String, String> elements = new LinkedHashMap<>();

	private String childPerspective = "";

	private List<ChildVoiceMethod> childPerspectiveMethods = new ArrayList<>();

	private String aim = "";

	private List<MeasureRow> measures = new ArrayList<>();

	private String changeIdeas = "";

	private String firstCycle = "";

	private String expectedEffect = "";

	private boolean dataQualitative;

	private boolean dataQuantitative;

	private String dataCollection = "";

	private Integer hoursRequested;

	private Integer moneyRequested;

	/** One row of the measures table. */
	public static class MeasureRow {

		private String name = "";

		private MeasureOutcome outcome;

		private String baselinePlan = "";

		private String target = "";

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public MeasureOutcome getOutcome() {
			return outcome;
		}

		public void setOutcome(MeasureOutcome outcome) {
			this.outcome = outcome;
		}

		public String getBaselinePlan() {
			return baselinePlan;
		}

		public void setBaselinePlan(String baselinePlan) {
			this.baselinePlan = baselinePlan;
		}

		public String getTarget() {
			return target;
		}

		public void setTarget(String target) {
			this.target = target;
		}
	}

	static ApplicationForm of(TrialApplication application) {
		ApplicationForm form = new ApplicationForm();
		form.title = application.title();
		form.intervention = application.intervention();
		form.problem = application.problem();
		form.ageFrom = application.ageFrom();
		form.ageTo = application.ageTo();
		form.unitKinds = new ArrayList<>(application.unitKinds());
		form.childCount = application.childCount();
		application.elements().forEach((id, text) -> form.elements.put(id.toString(), text));
		form.childPerspective = application.childPerspective();
		form.childPerspectiveMethods = new ArrayList<>(application.childPerspectiveMethods());
		form.aim = application.aim();
		for (TrialApplication.Measure measure : application.measures()) {
			MeasureRow row = new MeasureRow();
			row.name = measure.name();
			row.outcome = measure.outcome();
			row.baselinePlan = measure.baselinePlan();
			row.target = measure.target();
			form.measures.add(row);
		}
		form.changeIdeas = application.changeIdeas();
		form.firstCycle = application.firstCycle();
		form.expectedEffect = application.expectedEffect();
		form.dataQualitative = application.dataQualitative();
		form.dataQuantitative = application.dataQuantitative();
		form.dataCollection = application.dataCollection();
		form.hoursRequested = application.hoursRequested();
		form.moneyRequested = application.moneyRequested();
		return form;
	}

	/** Pads the measures table to its minimum, plus one more row when asked for. */
	void padMeasures(boolean extraRow) {
		while (measures.size() < MINIMUM_MEASURE_ROWS) {
			measures.add(new MeasureRow());
		}
		if (extraRow) {
			measures.add(new MeasureRow());
		}
	}

	ApplicationSections.Intervention intervention() {
		return new ApplicationSections.Intervention(title, intervention, problem, ageFrom, ageTo, unitKinds, childCount);
	}

	ApplicationSections.ChildPerspective childPerspectiveSection() {
		return new ApplicationSections.ChildPerspective(childPerspective, childPerspectiveMethods);
	}

	ApplicationSections.Improvement improvement() {
		return new ApplicationSections.Improvement(aim,
				measures.stream()
					.map(row -> new TrialApplication.Measure(row.name, row.outcome, row.baselinePlan, row.target))
					.toList(),
				changeIdeas, firstCycle);
	}

	ApplicationSections.Resources resources() {
		return new ApplicationSections.Resources(expectedEffect, dataQualitative, dataQuantitative, dataCollection,
				hoursRequested, moneyRequested);
	}

	Map<UUID, String> elementDescriptions() {
		Map<UUID, String> descriptions = new LinkedHashMap<>();
		elements.forEach((key, text) -> {
			try {
				descriptions.put(UUID.fromString(key), text);
			}
			catch (IllegalArgumentException ex) {
				// a key that is no element id is no element of this form
			}
		});
		return descriptions;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getIntervention() {
		return intervention;
	}

	public void setIntervention(String intervention) {
		this.intervention = intervention;
	}

	public String getProblem() {
		return problem;
	}

	public void setProblem(String problem) {
		this.problem = problem;
	}

	public Integer getAgeFrom() {
		return ageFrom;
	}

	public void setAgeFrom(Integer ageFrom) {
		this.ageFrom = ageFrom;
	}

	public Integer getAgeTo() {
		return ageTo;
	}

	public void setAgeTo(Integer ageTo) {
		this.ageTo = ageTo;
	}

	public List<UnitKind> getUnitKinds() {
		return unitKinds;
	}

	public void setUnitKinds(List<UnitKind> unitKinds) {
		this.unitKinds = unitKinds;
	}

	public Integer getChildCount() {
		return childCount;
	}

	public void setChildCount(Integer childCount) {
		this.childCount = childCount;
	}

	public Map<String, String> getElements() {
		return elements;
	}

	public void setElements(Map<String, String> elements) {
		this.elements = elements;
	}

	public String getChildPerspective() {
		return childPerspective;
	}

	public void setChildPerspective(String childPerspective) {
		this.childPerspective = childPerspective;
	}

	public List<ChildVoiceMethod> getChildPerspectiveMethods() {
		return childPerspectiveMethods;
	}

	public void setChildPerspectiveMethods(List<ChildVoiceMethod> childPerspectiveMethods) {
		this.childPerspectiveMethods = childPerspectiveMethods;
	}

	public String getAim() {
		return aim;
	}

	public void setAim(String aim) {
		this.aim = aim;
	}

	public List<MeasureRow> getMeasures() {
		return measures;
	}

	public void setMeasures(List<MeasureRow> measures) {
		this.measures = measures;
	}

	public String getChangeIdeas() {
		return changeIdeas;
	}

	public void setChangeIdeas(String changeIdeas) {
		this.changeIdeas = changeIdeas;
	}

	public String getFirstCycle() {
		return firstCycle;
	}

	public void setFirstCycle(String firstCycle) {
		this.firstCycle = firstCycle;
	}

	public String getExpectedEffect() {
		return expectedEffect;
	}

	public void setExpectedEffect(String expectedEffect) {
		this.expectedEffect = expectedEffect;
	}

	public boolean isDataQualitative() {
		return dataQualitative;
	}

	public void setDataQualitative(boolean dataQualitative) {
		this.dataQualitative = dataQualitative;
	}

	public boolean isDataQuantitative() {
		return dataQuantitative;
	}

	public void setDataQuantitative(boolean dataQuantitative) {
		this.dataQuantitative = dataQuantitative;
	}

	public String getDataCollection() {
		return dataCollection;
	}

	public void setDataCollection(String dataCollection) {
		this.dataCollection = dataCollection;
	}

	public Integer getHoursRequested() {
		return hoursRequested;
	}

	public void setHoursRequested(Integer hoursRequested) {
		this.hoursRequested = hoursRequested;
	}

	public Integer getMoneyRequested() {
		return moneyRequested;
	}

	public void setMoneyRequested(Integer moneyRequested) {
		this.moneyRequested = moneyRequested;
	}
}
