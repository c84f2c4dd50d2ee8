package dk.traedesten.measures.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import dk.traedesten.measures.Indicator;
import dk.traedesten.measures.Period;
import dk.traedesten.measures.Series;
import dk.traedesten.trials.CprNumbers;

import org.springframework.validation.BindingResult;

/**
 * What the new-series form sends. The number of children and the target arrive as text so that "tyve" or "95,5 %"
 * gets a Danish message at the field rather than a conversion error; the target takes a decimal comma.
 */
class SeriesForm {

	static final int LABEL_MAX = 200;

	static final int CHILDREN_MAX = 100_000;

	private UUID indicatorId;

	private String groupLabel = "";

	private Period period;

	private String childCount = "";

	private String target = "";

	/** Rejects each bad field with its Danish message; the indicator must be one of the municipality's. */
	boolean validate(List<Indicator> known, BindingResult errors) {
		if (indicatorId == null || known.stream().noneMatch(indicator -> indicator.id().equals(indicatorId))) {
			errors.rejectValue("indicatorId", "measures.series.error.indicator-required");
		}
		if (groupLabel.isBlank()) {
			errors.rejectValue("groupLabel", "measures.series.error.group-required");
		}
		else if (groupLabel.strip().length() > LABEL_MAX) {
			errors.rejectValue("groupLabel", "measures.error.too-long", new Object[] { LABEL_MAX }, null);
		}
		else if (CprNumbers.containsCpr(groupLabel)) {
			errors.rejectValue("groupLabel", "measures.error.cpr");
		}
		if (period == null) {
			errors.rejectValue("period", "measures.series.error.period-required");
		}
		Integer children = children();
		if (children == null || children < 1 || children > CHILDREN_MAX) {
			errors.rejectValue("childCount", "measures.series.error.children", new Object[] { CHILDREN_MAX }, null);
		}
		if (!target.isBlank() && targetValue() == null) {
			errors.rejectValue("target", "measures.series.error.target");
		}
		return !errors.hasErrors();
	}

	Series toSeries(int municipalityCode, Indicator indicator, UUID trialId, UUID unitId) {
		return new Series(null, municipalityCode, indicator, trialId, unitId, groupLabel.strip(), period, children(),
				target.isBlank() ? null : targetValue());
	}

	private Integer children() {
		try {
			return Integer.valueOf(childCount.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A decimal with a comma or a point, optionally followed by a per cent sign; null when it is not one. */
	Double targetValue() {
		String text = target.strip();
		if (text.endsWith("%")) {
			text = text.substring(0, text.length() - 1).strip();
		}
		if (!text.matches("-?\\d{1,9}([.,]\\d{1,6})?")) {
			return null;
		}
		return new BigDecimal(text.replace(',', '.')).doubleValue();
	}

	public UUID getIndicatorId() {
		return indicatorId;
	}

	public void setIndicatorId(UUID indicatorId) {
		this.indicatorId = indicatorId;
	}

	public String getGroupLabel() {
		return groupLabel;
	}

	public void setGroupLabel(String groupLabel) {
		this.groupLabel = groupLabel == null ? "" : groupLabel;
	}

	public Period getPeriod() {
		return period;
	}

	public void setPeriod(Period period) {
		this.period = period;
	}

	public String getChildCount() {
		return childCount;
	}

	public void setChildCount(String childCount) {
		this.childCount = childCount == null ? "" : childCount;
	}

	public String getTarget() {
		return target;
	}

	public void setTarget(String target) {
		this.target = target == null ? "" : target;
	}
}
