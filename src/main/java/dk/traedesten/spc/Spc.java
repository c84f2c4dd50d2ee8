package dk.traedesten.spc;

import java.util.ArrayList;
import java.util.List;

/** The engine's entry point: computes a chart the way qicharts2 0.8.1 does (docs/QI-ANALYSIS.md). */
public final class Spc {

	private Spc() {
	}

	public static Analysis analyse(ChartType chart, List<Observation> observations, Options options) {
		Subgroups subgroups = Subgroups.of(observations, options.aggregate());
		List<Subgroups.Subgroup> groups = subgroups.groups;
		int count = groups.size();
		List<Double> shown = new ArrayList<>();
		for (Subgroups.Subgroup g : groups) {
			shown.add(switch (chart) {
				case C -> g.ySum();
				case XBAR -> g.mean();
				case S -> g.sd();
				default -> g.y();
			});
		}
		if (chart == ChartType.MR) {
			shown = IndividualsLimits.movingRangeValues(shown);
		}
		List<Double> computed = shown;
		if (chart == ChartType.T) {
			computed = shown.stream().map(IndividualsLimits::transform).toList();
		}
		int[] partOf = partNumbers(count, options.parts());
		boolean[] baseline = new boolean[count];
		boolean[] include = new boolean[count];
		for (int i = 0; i < count; i++) {
			baseline[i] = !options.parts().isEmpty() || options.freeze() == null || i < options.freeze();
			include[i] = !options.exclude().contains(i + 1);
		}
		Limits[] limits = new Limits[count];
		int parts = count == 0 ? 0 : partOf[count - 1];
		for (int part = 1; part <= parts; part++) {
			List<Integer> indices = indicesOf(partOf, part);
			List<Double> y = new ArrayList<>();
			List<Double> ySum = new ArrayList<>();
			List<Double> n = new ArrayList<>();
			List<Integer> sizes = new ArrayList<>();
			List<Double> sds = new ArrayList<>();
			List<Boolean> base = new ArrayList<>();
			for (int i : indices) {
				y.add(computed.get(i));
				ySum.add(groups.get(i).ySum());
				n.add(groups.get(i).n());
				sizes.add(groups.get(i).yLength());
				sds.add(groups.get(i).sd());
				base.add(baseline[i] && include[i]);
			}
			PartData data = new PartData(y, ySum, n, sizes, sds, base, options.centreLine(), subgroups.categorical);
			List<Limits> partLimits = limitsOf(chart, data);
			for (int k = 0; k < indices.size(); k++) {
				limits[indices.get(k)] = partLimits.get(k);
			}
		}
		double m = options.multiply();
		List<Point> points = new ArrayList<>();
		List<PartSummary> summary = new ArrayList<>();
		boolean[] sigma = new boolean[count];
		Double[] value = new Double[count];
		for (int i = 0; i < count; i++) {
			limits[i] = limits[i].times(m);
			value[i] = shown.get(i) == null ? null : shown.get(i) * m;
			Limits l = limits[i];
			Double v = value[i];
			sigma[i] = v != null && ((l.ucl() != null && v > l.ucl()) || (l.lcl() != null && v < l.lcl()));
		}
		boolean runsAllowed = !subgroups.categorical && chart != ChartType.MR;
		for (int part = 1; part <= parts; part++) {
			List<Integer> indices = indicesOf(partOf, part);
			List<Double> ys = new ArrayList<>();
			List<Double> cls = new ArrayList<>();
			List<Double> lcls = new ArrayList<>();
			List<Double> ucls = new ArrayList<>();
			List<Double> centres = new ArrayList<>();
			int signals = 0;
			for (int i : indices) {
				if (include[i]) {
					ys.add(value[i]);
					cls.add(limits[i].cl());
				}
				addIfPresent(lcls, limits[i].lcl());
				addIfPresent(ucls, limits[i].ucl());
				addIfPresent(centres, limits[i].cl());
				signals += sigma[i] ? 1 : 0;
			}
			RunsAnalysis.Result runs = RunsAnalysis.of(ys, cls, runsAllowed);
			summary.add(new PartSummary(part, runs.nObs(), runs.nUseful(), runs.longestRun(), runs.longestRunMax(),
					runs.nCrossings(), runs.nCrossingsMin(), runs.signal(), Stats.mean(lcls), Stats.mean(centres),
					Stats.mean(ucls), signals));
			for (int i : indices) {
				Subgroups.Subgroup g = groups.get(i);
				Limits l = limits[i];
				points.add(new Point(g.x(), value[i], g.n(), g.ySum(), g.yLength(), part, baseline[i], include[i],
						l.cl(), l.lcl(), l.ucl(), l.lcl95(), l.ucl95(), sigma[i], runs.signal()));
			}
		}
		return new Analysis(summary, points);
	}

	private static List<Limits> limitsOf(ChartType chart, PartData data) {
		return switch (chart) {
			case RUN -> IndividualsLimits.run(data);
			case I -> IndividualsLimits.i(data);
			case MR -> IndividualsLimits.mr(data);
			case T -> IndividualsLimits.t(data);
			case C -> AttributeLimits.c(data);
			case G -> AttributeLimits.g(data);
			case P -> AttributeLimits.p(data, false);
			case PP -> AttributeLimits.p(data, true);
			case U -> AttributeLimits.u(data, false);
			case UP -> AttributeLimits.u(data, true);
			case XBAR -> SubgroupLimits.xbar(data);
			case S -> SubgroupLimits.s(data);
		};
	}

	private static void addIfPresent(List<Double> list, Double v) {
		if (v != null) {
			list.add(v);
		}
	}

	/** Part numbers 1, 2, … from break points: {@code 12} ends part 1 after point 12. */
	private static int[] partNumbers(int count, List<Integer> breaks) {
		int[] partOf = new int[count];
		for (int i = 0; i < count; i++) {
			int part = 1;
			for (int b : breaks) {
				if (i + 1 > b) {
					part++;
				}
			}
			partOf[i] = part;
		}
		return partOf;
	}

	private static List<Integer> indicesOf(int[] partOf, int part) {
		List<Integer> indices = new ArrayList<>();
		for (int i = 0; i < partOf.length; i++) {
			if (partOf[i] == part) {
				indices.add(i);
			}
		}
		return indices;
	}
}
