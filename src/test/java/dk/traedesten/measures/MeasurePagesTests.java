package dk.traedesten.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import dk.traedesten.TestNames;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.DemoData;
import dk.traedesten.spc.Analysis;
import dk.traedesten.trials.TrialTeams;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/**
 * The measures pages without a browser: suppression of a small group outside the team (issue 5, item 8), the
 * indicators, new series and notes, each with who may and may not.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MeasurePagesTests {

	static final int STEVNS = DemoData.STEVNS;

	static final String COORDINATOR = "koordinator@stevns.demo";

	static final String COMMITTEE = "udvalg@stevns.demo";

	static final String STAFF = "medarbejder@stevns.demo";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	MeasureSeries measures;

	@Autowired
	Indicators indicators;

	@Autowired
	TrialTeams trials;

	DemoData demo;

	@BeforeEach
	void fixture() {
		demo = new DemoData(jdbc, accounts);
	}

	/** Three children; seven, six, eight … of seventeen child-days absent: per cents no other page text has. */
	private Series smallSeries(String label) {
		UUID trial = demo.trialOfSeries("Særligt tilrettelagt forløb");
		return TenantScope.asTenant(STEVNS, "test", () -> {
			Indicator absence = indicators.all().stream().filter(i -> i.name().equals("Fravær")).findFirst().orElseThrow();
			UUID id = measures.add(new Series(null, STEVNS, absence, trial, null, label, Period.WEEK, 3, null), null);
			Series series = measures.find(id).orElseThrow();
			double[] absent = { 7, 6, 8, 7, 5, 9, 6, 8 };
			List<SeriesPoint> points = new ArrayList<>();
			for (int week = 0; week < absent.length; week++) {
				points.add(new SeriesPoint(LocalDate.of(2026, 1, 5).plusWeeks(week), absent[week], 17.0, null, week < 4,
						false));
			}
			measures.replacePoints(series, points, "Test: 8 uger");
			return series;
		});
	}

	private String teamMember(UUID trialId) {
		return TenantScope.asTenant(STEVNS, "test", () -> trials.team(trialId))
			.stream()
			.map(TrialTeams.Member::email)
			.filter(email -> email != null && email.endsWith("@stevns.demo"))
			.findFirst()
			.orElseThrow();
	}

	private static String mainText(MvcTestResult result) throws Exception {
		String html = result.getResponse().getContentAsString();
		String main = html.substring(html.indexOf("<main"), html.indexOf("</main>"));
		return HtmlUtils.htmlUnescape(main.replaceAll("<[^>]+>", " "));
	}

	/** Every value shown from the points: their per cents, the centre line and the upper limit, by their whole part as shown. */
	private List<Pattern> derivedNumbers(Series series) {
		List<SeriesPoint> points = TenantScope.asTenant(STEVNS, "test", () -> measures.points(series.id()));
		Analysis analysis = SeriesAnalysis.of(series.indicator(), points);
		List<Double> values = new ArrayList<>();
		points.forEach(point -> values.add(ShownValues.of(series.indicator().kind(), point).orElseThrow()));
		values.add(analysis.points().get(points.size() - 1).cl());
		values.add(analysis.points().get(points.size() - 1).ucl());
		return values.stream()
			.map(value -> ShownValues.format(IndicatorKind.PROPORTION, value, Locale.forLanguageTag("da")).split(",")[0])
			.map(whole -> Pattern.compile("(?<![\\d.,])" + whole + "[.,]\\d"))
			.distinct()
			.toList();
	}

	@Test
	void aSmallGroupShowsItsNumbersToTheTeamAndOnlyLessThanFiveToTheCoordinatorAndTheCommittee() throws Exception {
		Series series = smallSeries("Lille gruppe til undertrykkelse");
		String team = teamMember(series.trialId());
		List<Pattern> derived = derivedNumbers(series);
		String page = "/maalinger/serier/" + series.id();
		String list = "/maalinger?proevehandling=" + series.trialId();

		MvcTestResult asTeam = mvc.get().uri(page).with(demo.as(team)).exchange();
		assertThat(asTeam).hasStatusOk();
		String teamText = mainText(asTeam);
		assertThat(teamText).contains(ShownValues.format(IndicatorKind.PROPORTION, 8 / 17.0 * 100, Locale.forLanguageTag("da")));
		assertThat(derived).allSatisfy(number -> assertThat(number.matcher(teamText).find()).as(number.pattern()).isTrue());
		assertThat(asTeam.getResponse().getContentAsString()).contains("measure-badge");
		assertThat(mainText(mvc.get().uri(list).with(demo.as(team)).exchange())).contains("47,1");

		for (String outsider : List.of(COORDINATOR, COMMITTEE)) {
			for (String uri : List.of(page, list)) {
				MvcTestResult result = mvc.get().uri(uri).with(demo.as(outsider)).exchange();
				assertThat(result).as(outsider + " " + uri).hasStatusOk();
				String text = mainText(result);
				assertThat(text).as(outsider + " " + uri).contains("<5");
				assertThat(derived).allSatisfy(number -> assertThat(number.matcher(text).find())
					.as("%s sees %s on %s", outsider, number.pattern(), uri).isFalse());
				String html = result.getResponse().getContentAsString();
				assertThat(html).doesNotContain("measure-badge", "measure-chart-effect");
			}
		}
	}

	@Test
	void aLargeGroupShowsItsLastValueToEveryReader() throws Exception {
		UUID series = demo.series("Prøvehandlingens børn (4.–6. klasse)");
		for (String reader : List.of(COORDINATOR, COMMITTEE)) {
			String text = mainText(mvc.get().uri("/maalinger/serier/" + series).with(demo.as(reader)).exchange());
			assertThat(text).contains("46").doesNotContain("<5");
		}
	}

	@Test
	void theCoordinatorMakesAndEditsIndicatorsWithErrorsAtTheirFields() throws Exception {
		String name = "Konflikter i frikvarteret " + TestNames.unique();
		assertThat(mvc.post().uri("/maalinger/indikatorer/ny").param("name", name).param("kind", "COUNT")
			.param("direction", "LOWER_IS_BETTER").param("unit", "pr. uge").with(demo.as(COORDINATOR)).with(csrf()))
			.hasRedirectedUrl("/maalinger/indikatorer?gemt");
		assertThat(mvc.get().uri("/maalinger/indikatorer").with(demo.as(STAFF))).hasStatusOk().bodyText()
			.contains(name, "c-kort (antal), typens kort");

		assertThat(mvc.post().uri("/maalinger/indikatorer/ny").param("name", name).param("kind", "COUNT")
			.param("direction", "LOWER_IS_BETTER").with(demo.as(COORDINATOR)).with(csrf())).hasStatusOk().bodyText()
			.contains("name-error", "Kommunen har allerede en indikator med navnet");
		assertThat(mvc.post().uri("/maalinger/indikatorer/skabelon").param("template", "ABSENCE")
			.with(demo.as(COORDINATOR)).with(csrf())).hasStatusOk().bodyText()
			.contains("template-error", "navnet &quot;Fravær&quot;");
		assertThat(mvc.post().uri("/maalinger/indikatorer/ny").param("name", " ").param("description", "Barn 010203-1234")
			.with(demo.as(COORDINATOR)).with(csrf())).hasStatusOk().bodyText()
			.contains("name-error", "kind-error", "direction-error", "description-error", "CPR-nummer");

		UUID id = TenantScope.asTenant(STEVNS, "test",
				() -> indicators.all().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().id());
		assertThat(mvc.post().uri("/maalinger/indikatorer/" + id + "/rediger").param("name", name + " (rettet)")
			.param("kind", "RATE").param("direction", "LOWER_IS_BETTER").param("chartOverride", "RUN")
			.with(demo.as(COORDINATOR)).with(csrf())).hasRedirectedUrl("/maalinger/indikatorer?gemt");
		Indicator changed = TenantScope.asTenant(STEVNS, "test", () -> indicators.find(id).orElseThrow());
		assertThat(changed.name()).isEqualTo(name + " (rettet)");
		assertThat(changed.chart()).isEqualTo(dk.traedesten.spc.ChartType.RUN);

		UUID absence = TenantScope.asTenant(STEVNS, "test",
				() -> indicators.all().stream().filter(i -> i.name().equals("Fravær")).findFirst().orElseThrow().id());
		assertThat(mvc.post().uri("/maalinger/indikatorer/" + absence + "/rediger").param("name", "Fravær")
			.param("kind", "COUNT").param("direction", "LOWER_IS_BETTER").with(demo.as(COORDINATOR)).with(csrf()))
			.hasStatusOk().bodyText().contains("kind-error", "Typen kan ikke ændres");

		assertThat(mvc.get().uri("/maalinger/indikatorer/ny").with(demo.as(STAFF))).hasStatus(403);
		assertThat(mvc.get().uri("/maalinger/indikatorer/" + UUID.randomUUID() + "/rediger").with(demo.as(COORDINATOR)))
			.hasStatus(404);
	}

	@Test
	void theTeamAddsASeriesToItsTrialAndOthersMayNot() throws Exception {
		UUID trial = demo.trialOfSeries("Indskolingen");
		String team = teamMember(trial);
		String form = "/maalinger/serier/ny?proevehandling=" + trial;
		UUID indicator = TenantScope.asTenant(STEVNS, "test",
				() -> indicators.all().stream().filter(i -> i.name().equals("Ro og orden")).findFirst().orElseThrow().id());
		assertThat(mvc.get().uri(form).with(demo.as(team))).hasStatusOk().bodyText().contains("Ny serie");
		assertThat(mvc.post().uri(form).param("indicatorId", indicator.toString()).param("groupLabel", "Mellemtrinnet")
			.param("period", "MONTH").param("childCount", "tyve").param("target", "4,2 point").with(demo.as(team))
			.with(csrf())).hasStatusOk().bodyText()
			.contains("childCount-error", "helt tal", "target-error", "value=\"Mellemtrinnet\"");
		MvcTestResult created = mvc.post().uri(form).param("indicatorId", indicator.toString())
			.param("groupLabel", "Mellemtrinnet").param("period", "MONTH").param("childCount", "38")
			.param("target", "4,2").with(demo.as(team)).with(csrf()).exchange();
		assertThat(created).hasStatus3xxRedirection();
		String page = created.getResponse().getRedirectedUrl().replace("?oprettet", "");
		assertThat(mvc.get().uri(page).with(demo.as(team))).hasStatusOk().bodyText()
			.contains("Ro og orden: Mellemtrinnet", "4,20 skala 1–5", "/data", "/import");
		assertThat(mvc.get().uri(page).with(demo.as(COORDINATOR))).hasStatusOk().bodyText()
			.contains("Ro og orden: Mellemtrinnet").doesNotContain("/import\"");

		assertThat(mvc.get().uri(form).with(demo.as(COORDINATOR))).hasStatus(403);
		assertThat(mvc.get().uri("/maalinger/serier/ny?proevehandling=" + UUID.randomUUID()).with(demo.as(team)))
			.hasStatus(404);
		assertThat(mvc.get().uri("/maalinger/serier/ny?enhed=" + demo.unit("Strandengens Skole")).with(demo.as(STAFF)))
			.hasStatusOk();
		assertThat(mvc.get().uri("/maalinger/serier/ny?enhed=" + demo.unit("Strandengens Skole")).with(demo.as(COMMITTEE)))
			.hasStatus(403);
	}

	@Test
	void theTeamNotesAPointLinkedToAPdsaCycleAndDeletesOnlyItsOwnNotes() throws Exception {
		String label = "Prøvehandlingens børn (4.–6. klasse)";
		UUID series = demo.series(label);
		UUID trial = demo.trialOfSeries(label);
		List<TrialTeams.Member> team = TenantScope.asTenant(STEVNS, "test", () -> trials.team(trial))
			.stream()
			.filter(member -> member.email() != null && member.email().endsWith("@stevns.demo"))
			.toList();
		TrialTeams.Cycle cycle = TenantScope.asTenant(STEVNS, "test", () -> trials.cycles(trial)).get(0);
		LocalDate week = TenantScope.asTenant(STEVNS, "test", () -> measures.points(series)).get(20).periodStart();
		String page = "/maalinger/serier/" + series;
		String text = "Makkerskifte i alle klasser " + TestNames.unique();

		assertThat(mvc.post().uri(page + "/noter").param("periodStart", week.toString()).param("text", "Barnet 010203-1234")
			.with(demo.as(team.get(0).email())).with(csrf())).hasStatusOk().bodyText().contains("text-error", "CPR-nummer");
		assertThat(mvc.post().uri(page + "/noter").param("periodStart", "2001-01-01").param("text", " ")
			.with(demo.as(team.get(0).email())).with(csrf())).hasStatusOk().bodyText()
			.contains("periodStart-error", "text-error");
		assertThat(mvc.post().uri(page + "/noter").param("periodStart", week.toString()).param("text", text)
			.with(demo.as(COORDINATOR)).with(csrf())).hasStatus(403);

		assertThat(mvc.post().uri(page + "/noter").param("periodStart", week.toString()).param("text", text)
			.param("pdsaCycleId", cycle.id().toString()).with(demo.as(team.get(0).email())).with(csrf()))
			.hasRedirectedUrl(page + "?note-gemt#noter");
		assertThat(mvc.get().uri(page).with(demo.as(COMMITTEE))).hasStatusOk().bodyText()
			.contains(text, "PDSA-cyklus " + cycle.number() + ": ", "/proevehandlinger/" + trial + "/pdsa/" + cycle.id());
		UUID note = TenantScope.asTenant(STEVNS, "test", () -> measures.notes(series))
			.stream()
			.filter(n -> n.text().equals(text))
			.findFirst()
			.orElseThrow()
			.id();
		String delete = page + "/noter/" + note + "/slet";
		assertThat(team).as("a second team member, who may not delete the first one's note").hasSizeGreaterThan(1);
		assertThat(mvc.post().uri(delete).with(demo.as(team.get(1).email())).with(csrf())).hasStatus(404);
		assertThat(mvc.post().uri(delete).with(demo.as(team.get(0).email())).with(csrf()))
			.hasRedirectedUrl(page + "?note-slettet#noter");
		assertThat(mvc.get().uri(page).with(demo.as(COMMITTEE))).hasStatusOk().bodyText().doesNotContain(text);
	}
}
