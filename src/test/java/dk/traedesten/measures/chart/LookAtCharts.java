package dk.traedesten.measures.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import dk.traedesten.measures.SeriesPoint;

/** Writes the fixture's charts to target/charts, to be looked at while working on the drawing. */
final class LookAtCharts {

	@org.junit.jupiter.api.Test
	void write() throws Exception {
		Path dir = Path.of("target/charts");
		Files.createDirectories(dir);
		ChartBuilder builder = new ChartBuilder(ChartFixture.messages(), Locale.forLanguageTag("da"));
		List<SeriesPoint> points = ChartFixture.absenceShift();
		ChartView open = builder.build(ChartFixture.series(ChartFixture.absence(), 23, 6.0), points,
				ChartFixture.notes(points, 10, 14), false);
		Files.writeString(dir.resolve("open.svg"), open.svg());
		ChartView hidden = builder.build(ChartFixture.series(ChartFixture.absence(), 4, 6.0), points, List.of(), true);
		Files.writeString(dir.resolve("suppressed.svg"), hidden.svg());
		System.out.println(open.text());
		System.out.println(open.variation() + " " + open.assurance() + " " + open.effect());
		System.out.println(hidden.text());
	}
}
