package dk.traedesten.demo;

import java.util.List;

import dk.traedesten.measures.MeasureSeries;
import dk.traedesten.measures.Series;
import dk.traedesten.measures.SeriesAnalysis;
import dk.traedesten.measures.SmallGroups;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.spc.Analysis;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The seeded demo has Stevns' measures on its started trials, each series showing what it is there to show. */
@SpringBootTest
class DemoMeasuresTests {

	@Autowired
	MeasureSeries measures;

	@Test
	void stevnsHasFourSeriesOnItsTrialsWithTheRulesAtWork() {
		List<Series> stevns = TenantScope.asTenant(DemoMeasures.STEVNS, "test", () -> measures.all());
		assertThat(stevns).extracting(Series::groupLabel)
			.contains("Prøvehandlingens børn (4.–6. klasse)", "Indskolingen", "3.A og 3.B", "Særligt tilrettelagt forløb");
		assertThat(stevns).allSatisfy(series -> assertThat(series.trialId()).isNotNull());

		assertThat(analysis(stevns, "Prøvehandlingens børn (4.–6. klasse)").summary().get(0).runsSignal()).isTrue();
		assertThat(analysis(stevns, "3.A og 3.B").summary().get(0).sigmaSignal()).isEqualTo(1);
		assertThat(analysis(stevns, "Indskolingen").summary().get(0).runsSignal()).isFalse();
		Series small = find(stevns, "Særligt tilrettelagt forløb");
		assertThat(SmallGroups.anySmall(small, points(small))).isTrue();
	}

	@Test
	void notesMarkWhereTheTrialAndItsCyclesStart() {
		Series absence = find(TenantScope.asTenant(DemoMeasures.STEVNS, "test", () -> measures.all()),
				"Prøvehandlingens børn (4.–6. klasse)");
		var notes = TenantScope.asTenant(DemoMeasures.STEVNS, "test", () -> measures.notes(absence.id()));
		assertThat(notes).first().satisfies(note -> assertThat(note.text()).startsWith("Prøvehandlingen starter"));
		assertThat(notes).anySatisfy(note -> assertThat(note.pdsaCycleId()).isNotNull());
	}

	@Test
	void anotherMunicipalitySeesNoneOfThem() {
		assertThat(TenantScope.asTenant(101, "test", () -> measures.all())).isEmpty();
	}

	private Analysis analysis(List<Series> all, String group) {
		Series series = find(all, group);
		return SeriesAnalysis.of(series.indicator(), points(series));
	}

	private List<dk.traedesten.measures.SeriesPoint> points(Series series) {
		return TenantScope.asTenant(DemoMeasures.STEVNS, "test", () -> measures.points(series.id()));
	}

	private static Series find(List<Series> all, String group) {
		return all.stream().filter(series -> series.groupLabel().equals(group)).findFirst().orElseThrow();
	}
}
