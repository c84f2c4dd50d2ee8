package dk.traedesten.measures.effect;

import static dk.traedesten.measures.effect.EffectPoints.baselineThen;
import static dk.traedesten.measures.effect.EffectPoints.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dk.traedesten.measures.IndicatorKind;

/** Invariants of the effect estimates for any data of each kind. */
class EffectEstimatesProperties {

	@Provide
	Arbitrary<List<double[]>> proportionRows() {
		return Arbitraries.integers()
			.between(1, 500)
			.flatMap(n -> Arbitraries.integers().between(0, n).map(x -> new double[] { x, n }))
			.list()
			.ofMinSize(1)
			.ofMaxSize(20);
	}

	@Provide
	Arbitrary<List<double[]>> meanRows() {
		return Arbitraries.doubles().between(1, 5).ofScale(2).map(v -> new double[] { v }).list().ofMinSize(2).ofMaxSize(20);
	}

	@Provide
	Arbitrary<List<double[]>> countRows() {
		return Arbitraries.integers().between(1, 80).map(c -> new double[] { c }).list().ofMinSize(1).ofMaxSize(20);
	}

	@Provide
	Arbitrary<List<double[]>> rateRows() {
		return Arbitraries.integers()
			.between(1, 80)
			.flatMap(c -> Arbitraries.integers().between(1, 1000).map(e -> new double[] { c, e }))
			.list()
			.ofMinSize(1)
			.ofMaxSize(20);
	}

	@Property
	void proportionsBehave(@ForAll("proportionRows") List<double[]> before, @ForAll("proportionRows") List<double[]> after) {
		check(IndicatorKind.PROPORTION, before, after, false);
	}

	@Property
	void meansBehave(@ForAll("meanRows") List<double[]> before, @ForAll("meanRows") List<double[]> after) {
		check(IndicatorKind.SCALE_MEAN, before, after, false);
	}

	@Property
	void countsBehave(@ForAll("countRows") List<double[]> before, @ForAll("countRows") List<double[]> after) {
		check(IndicatorKind.COUNT, before, after, true);
	}

	@Property
	void ratesBehave(@ForAll("rateRows") List<double[]> before, @ForAll("rateRows") List<double[]> after) {
		check(IndicatorKind.RATE, before, after, true);
	}

	private static void check(IndicatorKind kind, List<double[]> before, List<double[]> after, boolean ratio) {
		Optional<EffectEstimate> forward = EffectEstimates.of(indicator(kind), baselineThen(before, after));
		Optional<EffectEstimate> backward = EffectEstimates.of(indicator(kind), baselineThen(after, before));
		// Flat means on both sides are the only data here with no estimate, and then neither way has one.
		assertThat(forward.isPresent()).isEqualTo(backward.isPresent());
		if (forward.isEmpty()) {
			assertThat(kind).isEqualTo(IndicatorKind.SCALE_MEAN);
			return;
		}
		EffectEstimate effect = forward.orElseThrow();
		EffectEstimate swapped = backward.orElseThrow();

		assertThat(effect.lower()).isLessThanOrEqualTo(effect.estimate());
		assertThat(effect.upper()).isGreaterThanOrEqualTo(effect.estimate());

		if (ratio) {
			assertThat(swapped.estimate() * effect.estimate()).isCloseTo(1, within(1e-9));
			assertThat(swapped.lower() * effect.upper()).isCloseTo(1, within(1e-9));
			assertThat(swapped.upper() * effect.lower()).isCloseTo(1, within(1e-9));
		}
		else {
			assertThat(swapped.estimate()).isCloseTo(-effect.estimate(), within(1e-9));
			assertThat(swapped.lower()).isCloseTo(-effect.upper(), within(1e-9));
			assertThat(swapped.upper()).isCloseTo(-effect.lower(), within(1e-9));
		}

		// The same periods seen twice over are more evidence of the same levels: the interval narrows.
		EffectEstimate twice = EffectEstimates.of(indicator(kind), baselineThen(twice(before), twice(after))).orElseThrow();
		assertThat(twice.estimate()).isCloseTo(effect.estimate(), within(1e-9 * Math.max(1, Math.abs(effect.estimate()))));
		if (ratio) {
			assertThat(Math.log(twice.upper() / twice.lower())).isLessThan(Math.log(effect.upper() / effect.lower()));
		}
		else {
			assertThat(twice.upper() - twice.lower()).isLessThan(effect.upper() - effect.lower());
		}
	}

	private static List<double[]> twice(List<double[]> rows) {
		List<double[]> doubled = new ArrayList<>(rows);
		doubled.addAll(rows);
		return doubled;
	}
}
