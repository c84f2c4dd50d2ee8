package dk.traedesten.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The engine's shortcuts for its input: rows already in order skip the sort, plain digits and yyyy-MM-dd are read
 * without the JDK's parsers, and one workspace per thread is reused. None of them may change an answer.
 */
class SpcEngineInputProperties {

	@Provide
	Arbitrary<List<Double>> counts() {
		return Arbitraries.integers().between(1, 60).map(Integer::doubleValue).list().ofMinSize(2).ofMaxSize(60);
	}

	@Property
	void theOrderOfTheRowsDoesNotMatter(@ForAll("counts") List<Double> values, @ForAll @IntRange(max = 3) int kind,
			@ForAll long seed) {
		List<Observation> ordered = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			ordered.add(new Observation(x(kind, i), values.get(i), null));
		}
		List<Observation> shuffled = new ArrayList<>(ordered);
		Collections.shuffle(shuffled, new Random(seed));
		Options options = new Options(values.size() / 2, List.of(), List.of(), null, 1, null);
		for (ChartType chart : List.of(ChartType.RUN, ChartType.I, ChartType.C, ChartType.T)) {
			assertThat(Spc.analyse(chart, shuffled, options)).as(chart + " with x like " + x(kind, 0))
				.isEqualTo(Spc.analyse(chart, ordered, options));
		}
	}

	/** The i-th x in ascending order: whole numbers, negative decimals, ISO dates or names. */
	private static String x(int kind, int i) {
		return switch (kind) {
			case 0 -> Integer.toString(i + 1);
			case 1 -> (i - 30) + ".5";
			case 2 -> LocalDate.of(1999, 12, 27).plusWeeks(i).toString();
			default -> "week " + (char) ('A' + i);
		};
	}

	@Example
	void aLargeChartLeavesNothingBehindForTheNextOne() {
		List<Observation> small = new ArrayList<>();
		for (int i = 1; i <= 12; i++) {
			small.add(new Observation(Integer.toString(i), (double) (i % 5), 40.0));
		}
		List<Observation> large = new ArrayList<>();
		for (int i = 1; i <= 3000; i++) {
			large.add(new Observation(Integer.toString(i % 700), (double) (i % 13), 100.0 + i % 7));
		}
		Analysis first = Spc.analyse(ChartType.PP, small, Options.defaults());

		Spc.analyse(ChartType.PP, large, new Options(null, List.of(100, 300), List.of(5), null, 100, null));

		assertThat(Spc.analyse(ChartType.PP, small, Options.defaults())).isEqualTo(first);
	}

	@Property
	void plainDigitsAreReadAsParseDoubleReadsThem(@ForAll @LongRange(max = 999_999_999_999_999L) long value,
			@ForAll @IntRange(max = 3) int zeros) {
		String key = "0".repeat(zeros) + value;
		assertThat(XKeys.number(key)).isEqualTo(Double.parseDouble(key));
	}

	@Example
	void otherNumbersAreReadByParseDouble() {
		for (String key : List.of("1.5", "-3", "+4", "1e3", "0x1p3", "Infinity", "-0", "1234567890123456789")) {
			assertThat(XKeys.number(key)).as(key).isEqualTo(Double.parseDouble(key));
		}
		for (String key : List.of("2024-01-01", "1-2", "x", "")) {
			assertThat(XKeys.number(key)).as(key).isNaN();
		}
	}

	@Property
	void isoDatesAreReadAsLocalDateParseReadsThem(@ForAll @IntRange(max = 9999) int year,
			@ForAll @IntRange(max = 13) int month, @ForAll @IntRange(max = 32) int day) {
		String key = String.format("%04d-%02d-%02d", year, month, day);
		Double expected;
		try {
			expected = (double) LocalDate.parse(key).toEpochDay();
		}
		catch (DateTimeParseException e) {
			expected = Double.NaN;
		}
		assertThat(Double.valueOf(XKeys.epochDay(key))).as(key).isEqualTo(expected);
	}

	@Example
	void aProportionChartWithoutDenominatorsIsRefused() {
		List<Observation> rows = List.of(new Observation("1", 3.0, null), new Observation("2", 4.0, null));
		assertThatThrownBy(() -> Spc.analyse(ChartType.P, rows, Options.defaults()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("denominator");
	}
}
