package dk.traedesten.measures.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dk.traedesten.measures.Direction;
import dk.traedesten.spc.Analysis;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/** Turning the data upside down and the preferred direction with it changes no badge. */
class BadgeProperties {

	@Property
	void variationIsTheSameForMirroredDataAndDirection(
			@ForAll @Size(min = 2, max = 40) java.util.List<@DoubleRange(min = -100, max = 100) Double> values,
			@ForAll Direction direction) {
		double[] data = values.stream().mapToDouble(Double::doubleValue).toArray();
		double[] mirrored = values.stream().mapToDouble(value -> -value).toArray();
		VariationBadge badge = VariationBadge.of(BadgeTests.i(data), direction);
		assertThat(VariationBadge.of(BadgeTests.i(mirrored), opposite(direction))).isEqualTo(badge);
		// And keeping the direction swaps improvement with concern.
		Map<VariationBadge, VariationBadge> swapped = Map.of(VariationBadge.SPECIAL_CAUSE_IMPROVING,
				VariationBadge.SPECIAL_CAUSE_CONCERNING, VariationBadge.SPECIAL_CAUSE_CONCERNING,
				VariationBadge.SPECIAL_CAUSE_IMPROVING);
		assertThat(VariationBadge.of(BadgeTests.i(mirrored), direction)).isEqualTo(swapped.getOrDefault(badge, badge));
	}

	@Property
	void assuranceIsTheSameForMirroredLimitsTargetAndDirection(@ForAll @DoubleRange(min = -100, max = 100) double a,
			@ForAll @DoubleRange(min = 0, max = 50) double width, @ForAll @DoubleRange(min = -200, max = 200) double target,
			@ForAll Direction direction) {
		Analysis limits = BadgeTests.summary(a, a + width);
		Analysis mirrored = BadgeTests.summary(-a - width, -a);
		assertThat(AssuranceBadge.of(mirrored, opposite(direction), -target))
			.isEqualTo(AssuranceBadge.of(limits, direction, target));
		boolean between = target > a && target < a + width;
		assertThat(AssuranceBadge.of(limits, direction, target) == AssuranceBadge.HIT_AND_MISS).isEqualTo(between);
	}

	private static Direction opposite(Direction direction) {
		return direction == Direction.HIGHER_IS_BETTER ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
	}
}
