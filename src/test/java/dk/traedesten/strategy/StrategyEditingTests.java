package dk.traedesten.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.DemoData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The coordinator's editing, done by København's coordinator on strategies the tests create, never approved after
 * the demo's own, so the strategies that other tests read stay as they are.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StrategyEditingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Strategies strategies;

	DemoData demo;

	RequestPostProcessor coordinator;

	@BeforeEach
	void signIn() {
		demo = new DemoData(jdbc, accounts);
		coordinator = demo.as("koordinator@kk.demo");
	}

	private MvcTestResult post(String uri, String... fields) {
		var request = mvc.post().uri(uri).with(coordinator).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	private UUID create(String title, String start) {
		MvcTestResult created = post("/strategi/ny", "title", title, "start", start);
		assertThat(created).hasStatus3xxRedirection();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).endsWith("?gemt");
		return UUID.fromString(location.substring("/strategi/".length(), location.indexOf('?')));
	}

	private StrategyDocument read(UUID id) {
		return TenantScope.asTenant(101, "test", () -> strategies.document(id).orElseThrow());
	}

	private static String unique(String title) {
		return title + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void createsAStrategyFromTheKvintetModelAndShowsIt() {
		String title = unique("Fællesskaber for alle");
		UUID id = create(title, "KVINTET");
		StrategyDocument strategy = read(id);
		assertThat(strategy.elements()).extracting(ModelElement::name).containsExactlyElementsOf(
				KvintetTemplate.ELEMENTS.stream().map(ElementDraft::name).toList());
		assertThat(strategy.summary().approvedOn()).isNull();
		assertThat(mvc.get().uri("/strategi/" + id + "?gemt").with(coordinator)).hasStatusOk().bodyText()
			.contains(title, "Ændringerne er gemt.", "Ikke godkendt endnu", "Udvikling af sam-praksis / co-teaching");
		assertThat(mvc.get().uri("/strategi").with(coordinator)).bodyText()
			.as("the approved strategy stays the one shown, with a link to the new draft")
			.contains("<h1>Plads til forskellighed</h1>", "Kommunens andre strategier", title);
	}

	@Test
	void asksForATitleAndAStartAndRefusesATakenTitleWhateverItsCase() {
		assertThat(post("/strategi/ny", "title", " ")).hasStatusOk().bodyText()
			.contains("Der er fejl i formularen", "Skriv strategiens titel.", "Vælg, hvordan modellen skal begynde.",
					"form-group form-error");
		assertThat(post("/strategi/ny", "title", "plads til FORSKELLIGHED", "start", "BLANK")).hasStatusOk().bodyText()
			.contains("Kommunen har allerede en strategi med den titel.");
		assertThat(post("/strategi/ny", "title", "Ny", "start", "BLANK", "approvedOn", "30-08-2023")).hasStatusOk()
			.bodyText().contains("Skriv datoen som åååå-mm-dd, fx 2023-08-30.");
	}

	@Test
	void approvesAStrategyOnlyWhenItsModelHasABearingElement() {
		String title = unique("Tom model");
		assertThat(post("/strategi/ny", "title", title, "start", "BLANK", "approvedOn", "2020-01-15")).hasStatusOk()
			.bodyText().contains("En strategi kan først godkendes, når modellen har mindst ét bærende element.");
		UUID id = create(title, "BLANK");
		assertThat(post("/strategi/" + id + "/rediger", "title", title, "approvedOn", "2020-01-15")).hasStatusOk()
			.bodyText().contains("En strategi kan først godkendes");
		assertThat(post("/strategi/" + id + "/elementer", "name", "Forældresamarbejde", "kind", "BEARING",
				"guidingPoints", "Vi taler sammen\r\n\r\n  Vi lytter  \n")).hasRedirectedUrl("/strategi/" + id + "/elementer?gemt");
		assertThat(post("/strategi/" + id + "/rediger", "title", title + " (revideret)", "approvedOn", "2020-01-15",
				"vision", "Alle børn hører til.", "goals", "Flere børn i almene fællesskaber.", "modelName", "Temaer"))
			.hasRedirectedUrl("/strategi/" + id + "?gemt");
		StrategyDocument strategy = read(id);
		assertThat(strategy.summary().title()).isEqualTo(title + " (revideret)");
		assertThat(strategy.summary().approvedOn()).hasYear(2020);
		assertThat(strategy.vision()).isEqualTo("Alle børn hører til.");
		assertThat(strategy.elements().get(0).guidingPoints()).containsExactly("Vi taler sammen", "Vi lytter");
	}

	@Test
	void keepsTheModelsRulesWithDanishMessages() {
		UUID id = create(unique("Regler"), "BLANK");
		String elements = "/strategi/" + id + "/elementer";
		assertThat(post(elements)).hasStatusOk().bodyText().contains("Skriv elementets navn.",
				"Vælg, om elementet er bærende eller centerelement.");
		assertThat(post(elements, "name", "Øvebanen", "kind", "CENTRE")).hasStatus3xxRedirection();
		assertThat(post(elements, "name", "Endnu en øvebane", "kind", "CENTRE")).hasStatusOk().bodyText()
			.contains("Modellen har allerede et centerelement. En model kan højst have ét.");
		assertThat(post(elements, "name", "Børnesyn", "kind", "BEARING")).hasStatus3xxRedirection();
		assertThat(post(elements, "name", "børnesyn", "kind", "BEARING")).hasStatusOk().bodyText()
			.contains("Modellen har allerede et element med det navn.");
		assertThat(post(elements, "name", "Lang", "kind", "BEARING", "guidingPoints", "x".repeat(501))).hasStatusOk()
			.bodyText().contains("En pejling må højst være 500 tegn.");
		UUID bearing = read(id).elements().get(1).id();
		assertThat(post(elements + "/" + bearing, "name", "Børnesyn", "kind", "CENTRE")).hasStatusOk().bodyText()
			.contains("Modellen har allerede et centerelement.");
		assertThat(post(elements + "/" + bearing + "/slet")).hasRedirectedUrl(elements);
		assertThat(mvc.get().uri(elements).with(coordinator).flashAttr("refused", "strategy.model.problem.last-bearing"))
			.bodyText().contains("Modellen skal have mindst ét bærende element");
		assertThat(read(id).elements()).hasSize(2);
	}

	@Test
	void changesMovesAndRemovesElements() {
		UUID id = create(unique("Rækkefølge"), "KVINTET");
		String elements = "/strategi/" + id + "/elementer";
		List<ModelElement> before = read(id).elements();
		UUID second = before.get(1).id();
		assertThat(mvc.get().uri(elements + "/" + second).with(coordinator)).hasStatusOk().bodyText()
			.contains("Ret element", "Pædagogiske og didaktiske metoder", "regler og mere forudsigelighed\nDer skal skabes");
		assertThat(post(elements + "/" + second, "name", "Metoder", "kind", "BEARING", "description", "Kort",
				"guidingPoints", "Første\nAnden")).hasRedirectedUrl(elements + "?gemt");
		assertThat(post(elements + "/" + second + "/flyt", "retning", "op")).hasRedirectedUrl(elements + "?flyttet");
		assertThat(post(elements + "/" + second + "/flyt", "retning", "op")).as("the first stays first")
			.hasStatus3xxRedirection();
		assertThat(read(id).elements()).extracting(ModelElement::name).startsWith("Metoder", "Vi arbejder fællesskabende");
		assertThat(post(elements + "/" + before.get(4).id() + "/flyt", "retning", "ned")).hasStatus3xxRedirection();
		assertThat(read(id).elements()).last().extracting(ModelElement::name).isEqualTo("Prøvehandlinger og øvebaner");
		assertThat(post(elements + "/" + second + "/slet")).hasRedirectedUrl(elements + "?slettet");
		assertThat(read(id).elements()).extracting(ModelElement::name).doesNotContain("Metoder").hasSize(4);
		assertThat(post(elements + "/" + UUID.randomUUID() + "/slet")).hasStatus(404);
		assertThat(post("/strategi/" + id + "/ukendt/" + second + "/slet")).hasStatus(404);
	}

	@Test
	void refusesToRemoveAnElementThatTrialsWorkWith() {
		UUID id = create(unique("I brug"), "KVINTET");
		UUID element = read(id).elements().get(0).id();
		UUID trial = TenantScope.asSystem("test", () -> {
			UUID call = UUID.randomUUID();
			UUID created = UUID.randomUUID();
			jdbc.sql("""
					insert into trial_call (id, municipality_code, strategy_id, title, opens_on, closes_on)
					values (:id, 101, :strategy, :title, date '2024-01-01', date '2024-02-01')""")
				.param("id", call).param("strategy", id).param("title", "Opslag " + call).update();
			jdbc.sql("""
					insert into trial (id, municipality_code, call_id, title, created_by)
					select :id, 101, :call, 'Legegrupper i frikvarteret', p.id from person p where p.email = 'koordinator@kk.demo'""")
				.param("id", created).param("call", call).update();
			jdbc.sql("""
					insert into trial_element (id, municipality_code, trial_id, element_id, description)
					values (:id, 101, :trial, :element, 'Vi arbejder i fællesskab')""")
				.param("id", UUID.randomUUID()).param("trial", created).param("element", element).update();
			return created;
		});
		try {
			String elements = "/strategi/" + id + "/elementer";
			MvcTestResult refused = post(elements + "/" + element + "/slet");
			assertThat(refused).hasRedirectedUrl(elements);
			assertThat(refused.getMvcResult().getFlashMap().get("refused")).isEqualTo("strategy.element.error.in-use");
			assertThat(mvc.get().uri(elements).with(coordinator).flashAttr("refused", "strategy.element.error.in-use"))
				.bodyText().contains("Elementet kan ikke slettes, fordi prøvehandlinger arbejder med det.");
			assertThat(read(id).elements()).extracting(ModelElement::id).contains(element);
			assertThat(read(id).elements().get(0).guidingPoints()).hasSize(4);
		}
		finally {
			TenantScope.asSystem("test", () -> {
				jdbc.sql("delete from trial_element where trial_id = :trial").param("trial", trial).update();
				jdbc.sql("delete from trial where id = :trial").param("trial", trial).update();
				return jdbc.sql("delete from trial_call where strategy_id = :strategy").param("strategy", id).update();
			});
		}
	}

	@Test
	void editsTheTimelineWithOptionalDatesInOrder() {
		UUID id = create(unique("Tidsplan"), "BLANK");
		String timeline = "/strategi/" + id + "/tidsplan";
		assertThat(post(timeline)).hasStatusOk().bodyText().contains("Skriv periodens navn.",
				"Skriv, hvad der sker i perioden.");
		assertThat(post(timeline, "period", "Forår", "description", "Proces", "startsOn", "2024-06-30", "endsOn",
				"2024-03-01")).hasStatusOk().bodyText()
			.contains("Slutdatoen skal være samme dag som eller efter startdatoen.", "id=\"endsOn-error\"");
		assertThat(post(timeline, "period", "Forår 2024", "description", "Proces", "startsOn", "2024-03-01", "endsOn",
				"2024-06-30")).hasRedirectedUrl(timeline + "?gemt");
		assertThat(post(timeline, "period", "Senere", "description", "Uden datoer")).hasStatus3xxRedirection();
		Milestone first = read(id).milestones().get(0);
		assertThat(first.startsOn()).hasMonthValue(3);
		assertThat(post(timeline + "/" + first.id(), "period", "Forår 2024", "description", "Proces og indhold",
				"startsOn", "2024-03-01", "endsOn", "")).hasRedirectedUrl(timeline + "?gemt");
		assertThat(read(id).milestones().get(0).endsOn()).isNull();
		assertThat(post(timeline + "/" + first.id() + "/flyt", "retning", "ned")).hasStatus3xxRedirection();
		assertThat(read(id).milestones()).extracting(Milestone::period).containsExactly("Senere", "Forår 2024");
		assertThat(mvc.get().uri(timeline + "/" + first.id()).with(coordinator)).hasStatusOk().bodyText()
			.contains("Ret milepæl", "value=\"2024-03-01\"");
	}

	@Test
	void editsTheAnnualCycleTheCommunicationPlanAndTheOnboardingChecklist() {
		UUID id = create(unique("Lister"), "BLANK");
		String base = "/strategi/" + id;
		assertThat(post(base + "/aarshjul")).hasStatusOk().bodyText().contains("Skriv fasens navn.");
		assertThat(post(base + "/aarshjul", "name", "Udvikle", "months", "August–oktober")).hasStatus3xxRedirection();
		assertThat(post(base + "/kommunikation", "audience", "Forældre")).hasStatusOk().bodyText()
			.contains("Skriv budskabet.", "Skriv, gennem hvilken kanal budskabet gives.", "Skriv, hvornår budskabet gives.",
					"Skriv, hvem der er ansvarlig.")
			.doesNotContain("Skriv, hvem der skal have besked.");
		assertThat(post(base + "/kommunikation", "audience", "Forældre", "message", "Strategien", "channel", "Aula",
				"timing", "September", "owner", "Skolelederen")).hasRedirectedUrl(base + "/kommunikation?gemt");
		assertThat(post(base + "/onboarding")).hasStatusOk().bodyText().contains("Skriv punktet på tjeklisten.");
		assertThat(post(base + "/onboarding", "text", "Læs strategien", "responsible", "Nærmeste leder"))
			.hasStatus3xxRedirection();
		StrategyDocument strategy = read(id);
		assertThat(strategy.phases()).extracting(CyclePhase::name).containsExactly("Udvikle");
		assertThat(strategy.communication()).extracting(CommunicationItem::channel).containsExactly("Aula");
		assertThat(strategy.onboarding()).extracting(OnboardingItem::text).containsExactly("Læs strategien");
		UUID row = strategy.communication().get(0).id();
		assertThat(post(base + "/kommunikation/" + row, "audience", "Forældre", "message", "Strategien", "channel",
				"Forældremøde", "timing", "September", "owner", "Skolelederen")).hasStatus3xxRedirection();
		assertThat(read(id).communication().get(0).channel()).isEqualTo("Forældremøde");
		assertThat(post(base + "/aarshjul/" + strategy.phases().get(0).id() + "/slet")).hasStatus3xxRedirection();
		assertThat(post(base + "/onboarding/" + strategy.onboarding().get(0).id() + "/slet")).hasStatus3xxRedirection();
		assertThat(read(id).phases()).isEmpty();
		assertThat(read(id).onboarding()).isEmpty();
	}

	@Test
	void refusesEveryChangeFromStaffLeadersAndAdministrators() {
		UUID id = TenantScope.asTenant(101, "test", () -> strategies.current().orElseThrow().id());
		for (String email : List.of("medarbejder@kk.demo", "leder@kk.demo", "admin@kk.demo")) {
			RequestPostProcessor user = demo.as(email);
			assertThat(mvc.get().uri("/strategi").with(user)).hasStatusOk();
			assertThat(mvc.get().uri("/strategi/" + id + "/rediger").with(user)).hasStatus(403);
			assertThat(mvc.post().uri("/strategi/" + id + "/rediger").param("title", "Overtaget").with(user).with(csrf()))
				.hasStatus(403);
			assertThat(mvc.post().uri("/strategi/ny").param("title", "Ny").param("start", "BLANK").with(user).with(csrf()))
				.hasStatus(403);
		}
		assertThat(read(id).summary().title()).isEqualTo("Plads til forskellighed");
	}
}
