package dk.traedesten.measures.web;

import java.util.Map;
import java.util.UUID;

import dk.traedesten.measures.Direction;
import dk.traedesten.measures.Indicator;
import dk.traedesten.measures.IndicatorKind;
import dk.traedesten.measures.IndicatorTemplate;
import dk.traedesten.spc.ChartType;
import dk.traedesten.trials.CprNumbers;

import org.springframework.validation.BindingResult;

/** What the custom indicator form sends: name, description, kind, direction, unit and an optional chart. */
class IndicatorForm {

	static final int NAME_MAX = 200;

	static final int DESCRIPTION_MAX = 2000;

	static final int UNIT_MAX = 50;

	private String name = "";

	private String description = "";

	private IndicatorKind kind;

	private Direction direction;

	private String unit = "";

	private ChartType chartOverride;

	static IndicatorForm of(Indicator indicator) {
		IndicatorForm form = new IndicatorForm();
		form.name = indicator.name();
		form.description = indicator.description();
		form.kind = indicator.kind();
		form.direction = indicator.direction();
		form.unit = indicator.unit();
		form.chartOverride = indicator.chartOverride();
		return form;
	}

	/** Rejects each bad field with its Danish message; true when the form may be saved. */
	boolean validate(BindingResult errors) {
		if (name.isBlank()) {
			errors.rejectValue("name", "measures.indicator.error.name-required");
		}
		else if (name.strip().length() > NAME_MAX) {
			errors.rejectValue("name", "measures.error.too-long", new Object[] { NAME_MAX }, null);
		}
		if (description.length() > DESCRIPTION_MAX) {
			errors.rejectValue("description", "measures.error.too-long", new Object[] { DESCRIPTION_MAX }, null);
		}
		if (unit.strip().length() > UNIT_MAX) {
			errors.rejectValue("unit", "measures.error.too-long", new Object[] { UNIT_MAX }, null);
		}
		if (kind == null) {
			errors.rejectValue("kind", "measures.indicator.error.kind-required");
		}
		if (direction == null) {
			errors.rejectValue("direction", "measures.indicator.error.direction-required");
		}
		if (kind != null && chartOverride == kind.chart()) {
			// The kind's own chart chosen by name is no override: stored as none, so a later kind change carries it.
			chartOverride = null;
		}
		Map.of("name", name, "description", description, "unit", unit).forEach((field, text) -> {
			if (CprNumbers.containsCpr(text) && !errors.hasFieldErrors(field)) {
				errors.rejectValue(field, "measures.error.cpr");
			}
		});
		return !errors.hasErrors();
	}

	Indicator toIndicator(UUID id, int municipalityCode, IndicatorTemplate template) {
		return new Indicator(id, municipalityCode, name.strip(), description.strip(), kind, direction, unit.strip(),
				chartOverride, template);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description == null ? "" : description;
	}

	public IndicatorKind getKind() {
		return kind;
	}

	public void setKind(IndicatorKind kind) {
		this.kind = kind;
	}

	public Direction getDirection() {
		return direction;
	}

	public void setDirection(Direction direction) {
		this.direction = direction;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit == null ? "" : unit;
	}

	public ChartType getChartOverride() {
		return chartOverride;
	}

	public void setChartOverride(ChartType chartOverride) {
		this.chartOverride = chartOverride;
	}
}
