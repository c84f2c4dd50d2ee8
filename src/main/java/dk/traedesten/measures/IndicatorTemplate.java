package dk.traedesten.measures;

/**
 * The ready indicators a municipality starts from: the four indicators of the national well-being survey
 * (trivselsmålingen, a 1–5 scale where higher is better) and absence. Names and descriptions come from the
 * {@code measures} message bundle under {@code indicator.template.<NAME>.*}.
 */
public enum IndicatorTemplate {

	ACADEMIC_WELLBEING(IndicatorKind.SCALE_MEAN, Direction.HIGHER_IS_BETTER),
	SOCIAL_WELLBEING(IndicatorKind.SCALE_MEAN, Direction.HIGHER_IS_BETTER),
	CALM_AND_ORDER(IndicatorKind.SCALE_MEAN, Direction.HIGHER_IS_BETTER),
	SUPPORT_AND_INSPIRATION(IndicatorKind.SCALE_MEAN, Direction.HIGHER_IS_BETTER),
	ABSENCE(IndicatorKind.PROPORTION, Direction.LOWER_IS_BETTER);

	private final IndicatorKind kind;

	private final Direction direction;

	IndicatorTemplate(IndicatorKind kind, Direction direction) {
		this.kind = kind;
		this.direction = direction;
	}

	public IndicatorKind kind() {
		return kind;
	}

	public Direction direction() {
		return direction;
	}
}
