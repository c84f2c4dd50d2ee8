package dk.traedesten.measures.data.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.traedesten.TestNames;
import dk.traedesten.measures.Direction;
import dk.traedesten.measures.Indicator;
import dk.traedesten.measures.IndicatorKind;
import dk.traedesten.measures.Indicators;
import dk.traedesten.measures.MeasureSeries;
import dk.traedesten.measures.Period;
import dk.traedesten.measures.Series;
import dk.traedesten.measures.SeriesPoint;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.DemoData;
import dk.traedesten.trials.followup.FollowUpFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Entry and import on the real database, as the trial's team: all or nothing, the change recorded on the series.
 * Each test has its own series on a fixture trial (Mette Holm, medarbejder@, takes part), so the demo stays as it is.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SeriesDataTests {

	static final int STEVNS = 336;

	static final List<SeriesPoint> BEFORE = List.of(
			new SeriesPoint(LocalDate.of(2021, 9, 13), 4.0, 230.0, null, true, false),
			new SeriesPoint(LocalDate.of(2021, 9, 20), 5.0, 230.0, null, true, false));

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Indicators indicators;

	@Autowired
	MeasureSeries measures;

	DemoData demo;

	Series series;

	@BeforeEach
	void aSeriesWithTwoWeeks() {
		demo = new DemoData(jdbc, accounts);
		UUID trial = new FollowUpFixture(jdbc).runningTrial("Målinger på tværs af perioder");
		series = TenantScope.asTenant(STEVNS, "test", () -> {
			UUID indicator = indicators.add(new Indicator(null, STEVNS, "Fravær " + TestNames.unique(), "", IndicatorKind.PROPORTION,
					Direction.LOWER_IS_BETTER, "%", null, null));
			UUID id = measures.add(new Series(null, STEVNS, indicators.find(indicator).orElseThrow(), trial, null, "4.A",
					Period.WEEK, 23, null), null);
			Series made = measures.find(id).orElseThrow();
			measures.replacePoints(made, BEFORE, "Testdata");
			return made;
		});
	}

	@Test
	void theTeamSeesThePointsInTheGrid() {
		MvcTestResult page = (mvc.get().uri(path("/data")).with(demo.as(FollowUpFixture.PARTICIPANT)).exchange());

		assertThat(page).hasStatusOk().bodyText().contains("value=\"13-09-2021\"", "value=\"230\"", "Nævner");
	}

	@Test
	void aWrongCellKeepsWhatWasTypedEverywhereShowsItsErrorAndSavesNothing() {
		MvcTestResult page = (mvc.post().uri(path("/data")).with(demo.as(FollowUpFixture.PARTICIPANT)).with(csrf())
			.param("rows[0].period", "13-09-2021").param("rows[0].value", "4").param("rows[0].denominator", "230")
			.param("rows[1].period", "20-09-2021").param("rows[1].value", "fem").param("rows[1].denominator", "0")
			.param("rows[2].period", "27-09-2021").param("rows[2].value", "7,5").param("rows[2].denominator", "230")
			.exchange());

		assertThat(page).hasStatusOk().bodyText()
			.contains("value=\"fem\"", "value=\"7,5\"", "value=\"27-09-2021\"")
			.contains("Række 2, kolonne »Tæller«: »fem« er ikke et tal.")
			.contains("Række 2, kolonne »Nævner«: »0« er ikke et tal større end 0.")
			.contains("id=\"rows1-denominator-error\"", "href=\"#rows1-value\"");
		assertThat(points()).isEqualTo(BEFORE);
		assertThat(change()).isEqualTo("Testdata");
	}

	@Test
	void aCorrectGridReplacesEveryPointAndRecordsTheChange() {
		assertThat((mvc.post().uri(path("/data")).with(demo.as(FollowUpFixture.PARTICIPANT)).with(csrf())
			.param("rows[0].period", "15-09-2021").param("rows[0].value", "3,5").param("rows[0].denominator", "1.150")
			.param("rows[0].baseline", "true")
			.param("rows[1].period", "").param("rows[1].value", "")
			.param("rows[2].period", "2021-09-27").param("rows[2].value", "").param("rows[2].phase", "true")
			.exchange())).hasStatus3xxRedirection().redirectedUrl().endsWith("/data?gemt");

		assertThat(points()).containsExactly(new SeriesPoint(LocalDate.of(2021, 9, 13), 3.5, 1150.0, null, true, false),
				new SeriesPoint(LocalDate.of(2021, 9, 27), null, null, null, false, true));
		assertThat(change()).isEqualTo("Indtastning: 2 perioder");
	}

	@Test
	void anImportThatFailsWritesNothingAndNamesEachCell() {
		MockHttpSession session = new MockHttpSession();
		MvcTestResult page = upload(session, "periode;tæller;nævner\n20-09-2021;3;20\n27-09-2021;25;20\n04-10-2021;x;0\n");

		assertThat(page).hasStatusOk().bodyText()
			.contains("Intet er importeret fra fravær.csv: 3 felter skal rettes i filen")
			.contains("Række 3, kolonne »tæller«: »25« er større end nævneren »20«")
			.contains("Række 4, kolonne »tæller«: »x« er ikke et tal.")
			.contains("Række 4, kolonne »nævner«: »0« er ikke et tal større end 0.");
		assertThat(session.getAttribute(PendingUpload.SESSION_ATTRIBUTE)).isNull();
		assertThat(points()).isEqualTo(BEFORE);
		assertThat(change()).isEqualTo("Testdata");
	}

	@Test
	void aSuccessfulImportIsShownFirstThenReplacesThePointsAndRecordsTheChange() {
		MockHttpSession session = new MockHttpSession();
		MvcTestResult preview = upload(session, "periode;tæller;nævner;bemærkning\n20-09-2021;3;20;\n27-09-2021;2;20;syg\n"
				+ "04-10-2021;1;20;\n");

		assertThat(preview).hasStatusOk().bodyText().contains("Gem 3 perioder", "bemærkning", "De erstatter de 2 perioder");
		assertThat(points()).as("nothing is written before the confirmation").isEqualTo(BEFORE);

		PendingUpload pending = (PendingUpload) session.getAttribute(PendingUpload.SESSION_ATTRIBUTE);
		assertThat((mvc.post().uri(path("/import/gem")).session(session).with(demo.as(FollowUpFixture.PARTICIPANT))
			.with(csrf()).param("token", pending.token().toString()).exchange()))
			.hasStatus3xxRedirection().redirectedUrl().endsWith("/data?importeret");

		assertThat(points()).extracting(SeriesPoint::value).containsExactly(3.0, 2.0, 1.0);
		assertThat(change()).isEqualTo("Import af fravær.csv: 3 rækker");
	}

	@Test
	void aConfirmationWithAnotherPreviewsTokenSavesNothing() {
		MockHttpSession session = new MockHttpSession();
		upload(session, "periode;tæller;nævner\n20-09-2021;3;20\n");

		assertThat((mvc.post().uri(path("/import/gem")).session(session).with(demo.as(FollowUpFixture.PARTICIPANT))
			.with(csrf()).param("token", UUID.randomUUID().toString()).exchange()))
			.hasStatus3xxRedirection().redirectedUrl().endsWith("/import?udloebet");
		assertThat(points()).isEqualTo(BEFORE);
	}

	@Test
	void theTemplateIsDanishCsvWithTheSeriesColumnsAndPoints() {
		MvcTestResult file = (mvc.get().uri(path("/skabelon.csv")).with(demo.as(FollowUpFixture.PARTICIPANT)).exchange());

		assertThat(file).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		byte[] body = file.getResponse().getContentAsByteArray();
		assertThat(new String(body, StandardCharsets.UTF_8))
			.isEqualTo("\ufeffperiode;værdi;nævner;børn;baseline;ny fase\r\n13-09-2021;4;230;;ja;\r\n20-09-2021;5;230;;ja;\r\n");
	}

	@Test
	void onlyTheTeamMayEnterAReaderOutsideItIsRefusedAndAnotherMunicipalityFindsNothing() {
		assertThat((mvc.get().uri(path("/data")).with(demo.as(FollowUpFixture.COORDINATOR)).exchange()))
			.hasStatus(403);
		assertThat((mvc.get().uri(path("/import")).with(demo.as(FollowUpFixture.FOREIGN_ADMINISTRATOR)).exchange()))
			.hasStatus(404);
		assertThat((mvc.post().uri(path("/data")).with(demo.as(FollowUpFixture.COORDINATOR)).with(csrf())
			.param("rows[0].period", "20-09-2021").param("rows[0].value", "1").param("rows[0].denominator", "2").exchange()))
			.hasStatus(403);
		assertThat(points()).isEqualTo(BEFORE);
	}

	private MvcTestResult upload(MockHttpSession session, String csv) {
		MockMultipartFile file = new MockMultipartFile("file", "fravær.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		return (mvc.post().uri(path("/import")).multipart().file(file).session(session)
			.with(demo.as(FollowUpFixture.PARTICIPANT)).with(csrf()).exchange());
	}

	private String path(String page) {
		return "/maalinger/serier/" + series.id() + page;
	}

	private List<SeriesPoint> points() {
		return TenantScope.asTenant(STEVNS, "test", () -> measures.points(series.id()));
	}

	private String change() {
		return TenantScope.asSystem("test", () -> jdbc.sql("select data_change from measure_series where id = :id")
			.param("id", series.id()).query(String.class).single());
	}
}
