package dk.traedesten.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** A point's shown value follows its kind: per cent of the denominator, per unit of exposure, or as entered. */
class ShownValuesTests {

	private static final LocalDate WEEK = LocalDate.of(2025, 9, 1);

	private static SeriesPoint point(Double value, Double denominator) {
		return new SeriesPoint(WEEK, value, denominator, null, false, false);
	}

	@Test
	void aProportionIsShownInPerCentOfItsDenominator() {
		assertThat(ShownValues.of(IndicatorKind.PROPORTION, point(13.0, 230.0))).hasValueSatisfying(
				value -> assertThat(value).isCloseTo(5.652173913, org.assertj.core.data.Offset.offset(1e-9)));
	}

	@Test
	void aRateIsPerUnitOfExposureAndAMeanOrCountAsEntered() {
		assertThat(ShownValues.of(IndicatorKind.RATE, point(3.0, 12.0))).contains(0.25);
		assertThat(ShownValues.of(IndicatorKind.SCALE_MEAN, point(3.91, null))).contains(3.91);
		assertThat(ShownValues.of(IndicatorKind.COUNT, point(7.0, null))).contains(7.0);
	}

	@Test
	void aMissingValueOrDenominatorShowsNothing() {
		assertThat(ShownValues.of(IndicatorKind.SCALE_MEAN, point(null, null))).isEmpty();
		assertThat(ShownValues.of(IndicatorKind.PROPORTION, point(3.0, null))).isEmpty();
		assertThat(ShownValues.of(IndicatorKind.RATE, point(3.0, 0.0))).isEmpty();
	}

	@Test
	void numbersAreWrittenInTheReadersLanguageToTheKindsPrecision() {
		Locale danish = Locale.forLanguageTag("da");
		assertThat(ShownValues.format(IndicatorKind.PROPORTION, 5.652, danish)).isEqualTo("5,7");
		assertThat(ShownValues.format(IndicatorKind.PROPORTION, 5.652, Locale.ENGLISH)).isEqualTo("5.7");
		assertThat(ShownValues.format(IndicatorKind.SCALE_MEAN, 3.9, danish)).isEqualTo("3,90");
		assertThat(ShownValues.format(IndicatorKind.COUNT, 7.0, danish)).isEqualTo("7");
		assertThat(ShownValues.format(IndicatorKind.COUNT, 7.5, danish)).isEqualTo("7,5");
	}
}
