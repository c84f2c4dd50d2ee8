package dk.traedesten.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dk.traedesten.TestNames;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.DemoData;
import dk.traedesten.spc.Analysis;
import dk.traedesten.trials.TrialTeams;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;

/**
 * Every endpoint about one series (and its trial's series list and new-series form), by every kind of person, for
 * a large demo series and for the small group of four (issue 5, items 4–8). Reads go to the demo series; every
 * write goes to a fresh series on the same trial with points and notes of its own, so one visitor's action never
 * changes what the next one meets. An outcome is the status; for a page, a chart or the list, whether the series'
 * numbers (its last value and, on the page and chart, its centre line) are "shown", only "<5" is, or "hidden"
 * (neither); and " written" whenever the series, its points, its notes or its trial's series changed. The
 * indicator a series counts by has its own small table.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MeasureAccessTests {

	static final int STEVNS = DemoData.STEVNS;

	static final String LARGE = "Prøvehandlingens børn (4.–6. klasse)";

	static final String SMALL = "Særligt tilrettelagt forløb";

	static final List<String> VISITORS = List.of("team", "other staff", "other leader", "coordinator", "committee",
			"kk admin", "kk coordinator");

	enum Shows {
		NOTHING, LAST_VALUE, CENTRE, VALUE_AND_CENTRE
	}

	record Endpoint(HttpMethod method, Function<Fixture, String> uri, Function<Fixture, Map<String, String>> form, boolean fresh,
			Shows shows, boolean upload, boolean confirm) {
	}

	/**
	 * The series asked about with its trial; on a fresh series, a note the visitor wrote, one the team wrote, and
	 * a file the team uploaded and was shown the preview of, in a session the visitor then uses.
	 */
	record Fixture(Series series, UUID trial, UUID ownNote, UUID teamNote, MockHttpSession session, String token) {
	}

	static final Map<String, Endpoint> ENDPOINTS = new LinkedHashMap<>();

	/** Expected outcome per visitor, in the order of {@link #VISITORS}. */
	static final Map<String, List<String>> LARGE_GROUP = new LinkedHashMap<>();

	static final Map<String, List<String>> SMALL_GROUP = new LinkedHashMap<>();

	static final String CSV = "periode;tæller;nævner\n05-01-2026;1;20\n12-01-2026;2;20\n19-01-2026;1;20\n";

	static {
		read("series page", "", Shows.VALUE_AND_CENTRE,
				List.of("200 shown", "404", "404", "200 shown", "200 shown", "404", "404"),
				List.of("200 shown", "404", "404", "200 <5", "200 <5", "404", "404"));
		// The chart labels its centre line and limits, not each point: its table and text are on the page.
		read("chart svg", "/graf.svg", Shows.CENTRE,
				List.of("200 shown", "404", "404", "200 shown", "200 shown", "404", "404"),
				List.of("200 shown", "404", "404", "200 <5", "200 <5", "404", "404"));
		read("chart png", "/graf.png", Shows.NOTHING, List.of("200", "404", "404", "200", "200", "404", "404"),
				List.of("200", "404", "404", "200", "200", "404", "404"));
		read("chart pdf", "/graf.pdf", Shows.NOTHING, List.of("200", "404", "404", "200", "200", "404", "404"),
				List.of("200", "404", "404", "200", "200", "404", "404"));
		read("data grid", "/data", Shows.NOTHING, List.of("200", "404", "404", "403", "403", "404", "404"),
				List.of("200", "404", "404", "403", "403", "404", "404"));
		read("import form", "/import", Shows.NOTHING, List.of("200", "404", "404", "403", "403", "404", "404"),
				List.of("200", "404", "404", "403", "403", "404", "404"));
		read("template download", "/skabelon.csv", Shows.NOTHING,
				List.of("200", "404", "404", "403", "403", "404", "404"),
				List.of("200", "404", "404", "403", "403", "404", "404"));
		both("trial's series list", new Endpoint(HttpMethod.GET, f -> "/maalinger?proevehandling=" + f.trial(), f -> Map.of(),
				false, Shows.LAST_VALUE, false, false),
				List.of("200 shown", "200 hidden", "200 hidden", "200 shown", "200 shown", "200 hidden", "200 hidden"),
				List.of("200 shown", "200 hidden", "200 hidden", "200 <5", "200 <5", "200 hidden", "200 hidden"));
		both("new series form", new Endpoint(HttpMethod.GET, f -> "/maalinger/serier/ny?proevehandling=" + f.trial(),
				f -> Map.of(), false, Shows.NOTHING, false, false),
				List.of("200", "404", "404", "403", "403", "404", "404"));

		write("save the grid", HttpMethod.POST, "/data",
				Map.of("rows[0].period", "05-01-2026", "rows[0].value", "1", "rows[0].denominator", "20"), false, false,
				List.of("302 written", "404", "404", "403", "403", "404", "404"));
		write("upload a file", HttpMethod.POST, "/import", Map.of(), true, false,
				List.of("200", "404", "404", "403", "403", "404", "404"));
		write("confirm the team's upload", HttpMethod.POST, "/import/gem", Map.of(), false, true,
				List.of("302 written", "404", "404", "403", "403", "404", "404"));
		write("add a note", HttpMethod.POST, "/noter", Map.of("periodStart", "2026-01-12", "text", "Ny rutine i ugen"),
				false, false, List.of("302 written", "404", "404", "403", "403", "404", "404"));
		both("delete one's own note", new Endpoint(HttpMethod.POST,
				f -> "/maalinger/serier/" + f.series().id() + "/noter/" + f.ownNote() + "/slet", f -> Map.of(), true,
				Shows.NOTHING, false, false), List.of("302 written", "404", "404", "403", "403", "404", "404"));
		// Each person deletes only their own notes: the team's other notes are not found, for the team too.
		both("delete the team's note", new Endpoint(HttpMethod.POST,
				f -> "/maalinger/serier/" + f.series().id() + "/noter/" + f.teamNote() + "/slet", f -> Map.of(), true,
				Shows.NOTHING, false, false), List.of("404", "404", "404", "403", "403", "404", "404"));
		both("add a series to the trial", new Endpoint(HttpMethod.POST,
				f -> "/maalinger/serier/ny?proevehandling=" + f.trial(),
				f -> Map.of("indicatorId", f.series().indicator().id().toString(), "groupLabel",
						"Adgangsgruppe " + TestNames.unique(), "period", "WEEK", "childCount", "12"), true,
				Shows.NOTHING, false, false), List.of("302 written", "404", "404", "403", "403", "404", "404"));
	}

	static void read(String name, String path, Shows shows, List<String> large, List<String> small) {
		ENDPOINTS.put(name, new Endpoint(HttpMethod.GET, f -> "/maalinger/serier/" + f.series().id() + path, f -> Map.of(),
				false, shows, false, false));
		LARGE_GROUP.put(name, large);
		SMALL_GROUP.put(name, small);
	}

	static void write(String name, HttpMethod method, String path, Map<String, String> form, boolean upload,
			boolean confirm, List<String> outcomes) {
		both(name, new Endpoint(method, f -> "/maalinger/serier/" + f.series().id() + path, f -> form, true, Shows.NOTHING,
				upload, confirm), outcomes);
	}

	static void both(String name, Endpoint endpoint, List<String> outcomes) {
		both(name, endpoint, outcomes, outcomes);
	}

	static void both(String name, Endpoint endpoint, List<String> large, List<String> small) {
		ENDPOINTS.put(name, endpoint);
		LARGE_GROUP.put(name, large);
		SMALL_GROUP.put(name, small);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MeasureSeries measures;

	@Autowired
	Indicators indicators;

	@Autowired
	TrialTeams trials;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@TestFactory
	Stream<DynamicTest> aLargeGroup() {
		return walk(LARGE, 46, LARGE_GROUP);
	}

	@TestFactory
	Stream<DynamicTest> theSmallGroupOfFour() {
		return walk(SMALL, 4, SMALL_GROUP);
	}

	/**
	 * An indicator's edit form and its saving, on a fresh indicator each time: the strategy coordinator's alone;
	 * København's coordinator passes the guard but finds no Stevns indicator under row-level security.
	 */
	@TestFactory
	Stream<DynamicTest> anIndicator() {
		DemoData demo = new DemoData(jdbc, accounts);
		Map<String, String> emails = visitors(demo, demo.trialOfSeries(LARGE));
		Map<String, List<String>> expected = Map.of("edit form", List.of("403", "403", "403", "200", "403", "403", "404"),
				"save an edit", List.of("403", "403", "403", "302 written", "403", "403", "404"));
		return expected.entrySet().stream().flatMap(endpoint -> VISITORS.stream().map(visitor -> DynamicTest.dynamicTest(
				"indicator: " + endpoint.getKey() + " by " + visitor, () -> {
					UUID id = inStevns(() -> indicators.add(new Indicator(null, STEVNS, "Adgangsindikator " + TestNames.unique(),
							"", IndicatorKind.COUNT, Direction.LOWER_IS_BETTER, "pr. uge", null, null)));
					Indicator before = inStevns(() -> indicators.find(id).orElseThrow());
					var request = endpoint.getKey().equals("edit form")
							? MockMvcRequestBuilders.get("/maalinger/indikatorer/" + id + "/rediger")
							: MockMvcRequestBuilders.post("/maalinger/indikatorer/" + id + "/rediger")
								.param("name", before.name() + " (rettet)")
								.param("kind", "COUNT")
								.param("direction", "LOWER_IS_BETTER");
					MvcTestResult result = mvc.perform(request.with(demo.as(emails.get(visitor))).with(csrf()));
					String outcome = String.valueOf(result.getResponse().getStatus());
					boolean changed = !inStevns(() -> indicators.find(id).orElseThrow()).equals(before);
					assertThat(changed ? outcome + " written" : outcome)
						.isEqualTo(endpoint.getValue().get(VISITORS.indexOf(visitor)));
				})));
	}

	private Stream<DynamicTest> walk(String label, int children, Map<String, List<String>> expected) {
		DemoData demo = new DemoData(jdbc, accounts);
		Series shown = inStevns(() -> measures.find(demo.series(label)).orElseThrow());
		assertThat(shown.childCount()).isEqualTo(children);
		Map<String, String> emails = visitors(demo, shown.trialId());
		return ENDPOINTS.entrySet().stream().flatMap(endpoint -> {
			List<String> outcomes = expected.get(endpoint.getKey());
			return VISITORS.stream().map(visitor -> DynamicTest.dynamicTest(
					label + ": " + endpoint.getKey() + " by " + visitor, () -> {
						String email = emails.get(visitor);
						Fixture fixture = endpoint.getValue().fresh() ? fresh(demo, shown, emails, email)
								: new Fixture(shown, shown.trialId(), null, null, null, null);
						String outcome = outcome(demo, endpoint.getValue(), fixture, email);
						assertThat(outcome).isEqualTo(outcomes.get(VISITORS.indexOf(visitor)));
					}));
		});
	}

	/**
	 * The people by kind for this trial: someone on its team (and a colleague there), and staff and a unit leader of Stevns who are not
	 * (and hold no other role), checked against the team rather than assumed.
	 */
	private Map<String, String> visitors(DemoData demo, UUID trial) {
		List<String> team = inStevns(() -> trials.team(trial)).stream().map(TrialTeams.Member::email).toList();
		Map<String, String> emails = new LinkedHashMap<>();
		List<String> stevns = team.stream().filter(email -> email != null && email.endsWith("@stevns.demo")).toList();
		emails.put("team", stevns.get(0));
		// Not a visitor: the author of a note on the team's series that is not the visiting team member's own.
		emails.put("team colleague", stevns.get(1));
		emails.put("other staff", outsider(demo, "STAFF", team));
		emails.put("other leader", outsider(demo, "UNIT_LEADER", team));
		emails.put("coordinator", "koordinator@stevns.demo");
		emails.put("committee", "udvalg@stevns.demo");
		emails.put("kk admin", "admin@kk.demo");
		emails.put("kk coordinator", "koordinator@kk.demo");
		assertThat(team).doesNotContain(emails.get("coordinator"), emails.get("committee"));
		return emails;
	}

	private static String outsider(DemoData demo, String role, List<String> team) {
		List<String> people = TenantScope.asSystem("test", () -> demo.jdbc().sql("""
				select p.email from person p
				where p.email like '%@stevns.demo'
				  and exists (select 1 from membership m where m.person_id = p.id and m.role = :role)
				  and not exists (select 1 from membership m where m.person_id = p.id and m.role <> :role)
				order by p.email""").param("role", role).query(String.class).list());
		return people.stream().filter(email -> !team.contains(email)).findFirst().orElseThrow();
	}

	/** A new series like the demo one (same trial, indicator and group size) with eight weeks of points and two notes. */
	private Fixture fresh(DemoData demo, Series like, Map<String, String> emails, String visitorEmail) throws Exception {
		String teamEmail = emails.get("team");
		Series series = inStevns(() -> {
			UUID id = measures.add(new Series(null, STEVNS, like.indicator(), like.trialId(), null,
					"Adgangsprøve " + TestNames.unique(), Period.WEEK, like.childCount(), null), null);
			Series made = measures.find(id).orElseThrow();
			List<SeriesPoint> points = new ArrayList<>();
			for (int week = 0; week < 8; week++) {
				points.add(new SeriesPoint(LocalDate.of(2026, 1, 5).plusWeeks(week), 3.0 + week % 3, 20.0, null,
						week < 4, false));
			}
			measures.replacePoints(made, points, "Test: 8 uger");
			return made;
		});
		LocalDate week = LocalDate.of(2026, 1, 5);
		UUID own = inStevns(() -> measures.addNote(series, week, "Visitor's note", null, demo.person(visitorEmail)));
		UUID team = inStevns(() -> measures.addNote(series, week, "Team's note", null,
				demo.person(emails.get("team colleague"))));
		MockHttpSession session = new MockHttpSession();
		MvcTestResult preview = mvc.perform(MockMvcRequestBuilders.multipart("/maalinger/serier/" + series.id() + "/import")
			.file(file())
			.session(session)
			.with(demo.as(teamEmail))
			.with(csrf()));
		assertThat(preview).hasStatusOk();
		Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f-]{36})\"")
			.matcher(preview.getResponse().getContentAsString());
		assertThat(token.find()).as("the preview carries its token").isTrue();
		return new Fixture(series, series.trialId(), own, team, session, token.group(1));
	}

	private static MockMultipartFile file() {
		return new MockMultipartFile("file", "fravær.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
	}

	private String outcome(DemoData demo, Endpoint endpoint, Fixture fixture, String email) throws Exception {
		String before = state(fixture);
		AbstractMockHttpServletRequestBuilder<?> request = endpoint.upload()
				? MockMvcRequestBuilders.multipart(endpoint.uri().apply(fixture)).file(file())
				: MockMvcRequestBuilders.request(endpoint.method(), endpoint.uri().apply(fixture));
		request.with(demo.as(email)).with(csrf());
		endpoint.form().apply(fixture).forEach(request::param);
		if (endpoint.confirm()) {
			request.session(fixture.session()).param("token", fixture.token());
		}
		MvcTestResult result = mvc.perform(request);
		int status = result.getResponse().getStatus();
		String outcome = String.valueOf(status);
		if (status == 200 && endpoint.shows() != Shows.NOTHING) {
			outcome += " " + shows(fixture.series(), endpoint.shows(), result);
		}
		if (status == 302 && result.getResponse().getRedirectedUrl().contains("udloebet")) {
			outcome += " expired";
		}
		return state(fixture).equals(before) ? outcome : outcome + " written";
	}

	/** Whether the series' numbers or "<5" are in what the visitor got: the page's main part, the SVG's text. */
	private String shows(Series series, Shows what, MvcTestResult result) throws Exception {
		String body = result.getResponse().getContentAsString();
		int main = body.indexOf("<main");
		String text = HtmlUtils.htmlUnescape((main < 0 ? body : body.substring(main, body.indexOf("</main>")))
			.replaceAll("<[^>]+>", " "));
		boolean small = text.contains("<5");
		boolean numbers = numbers(series, what).stream().allMatch(text::contains);
		return numbers ? (small ? "shown and <5" : "shown") : (small ? "<5" : "hidden");
	}

	/** The last value as shown, and where asked the centre line at the last point. */
	private List<String> numbers(Series series, Shows what) {
		List<SeriesPoint> points = inStevns(() -> measures.points(series.id()));
		SeriesPoint last = points.get(points.size() - 1);
		Locale danish = Locale.forLanguageTag("da");
		IndicatorKind kind = series.indicator().kind();
		List<String> numbers = new ArrayList<>();
		if (what != Shows.CENTRE) {
			numbers.add(ShownValues.format(kind, ShownValues.of(kind, last).orElseThrow(), danish));
		}
		if (what != Shows.LAST_VALUE) {
			Analysis analysis = SeriesAnalysis.of(series.indicator(), points);
			numbers.add(ShownValues.format(kind, analysis.points().get(points.size() - 1).cl(), danish));
		}
		return numbers;
	}

	/** Everything a write could touch: the series' points and notes, and the series of its trial. */
	private String state(Fixture fixture) {
		return inStevns(() -> measures.points(fixture.series().id()) + " " + measures.notes(fixture.series().id()) + " "
				+ measures.ofTrial(fixture.trial()).size());
	}

	private static <T> T inStevns(java.util.function.Supplier<T> work) {
		return TenantScope.asTenant(STEVNS, "test", work);
	}
}
