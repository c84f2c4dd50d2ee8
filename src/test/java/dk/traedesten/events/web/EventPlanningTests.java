package dk.traedesten.events.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dk.traedesten.events.EventPlanning;
import dk.traedesten.events.PlannedEvent;
import dk.traedesten.events.ProgrammeItem;
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

/**
 * An organiser plans an event through the web: a draft only they see, a programme kept in order of time, field
 * errors in Danish with nothing saved, and publishing. Another municipality's organiser gets 404 as for an unknown
 * event; staff without the organiser role are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EventPlanningTests {

	private static final String STEVNS_ORGANISER = "arrangoer@stevns.demo";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	EventPlanning planning;

	DemoData demo;

	@BeforeEach
	void lookUpTheFixture() {
		demo = new DemoData(jdbc, accounts);
	}

	@Test
	void anOrganiserPlansADraftItsProgrammeInOrderOfTimeAndPublishesIt() throws Exception {
		String slug = "temamoede-" + System.nanoTime();
		assertThat(mvc.post().uri("/arrangementer/nyt").with(demo.as(STEVNS_ORGANISER))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("kind", "THEME_MEETING").param("title", "Temamøde om mellemformer").param("slug", slug)
			.param("date", "2027-03-04").param("startsAt", "13:00").param("endsAt", "15:30").param("format", "IN_PERSON")
			.param("place", "Rådhuset, Store Heddinge").param("price", ""))
			.hasStatus3xxRedirection().redirectedUrl().isEqualTo("/arrangementer/" + slug + "/planlaeg?oprettet");

		assertThat(mvc.get().uri("/arrangementer/" + slug)).as("a draft is not public").hasStatus(404);
		assertThat(page("/arrangementer", STEVNS_ORGANISER)).contains("/arrangementer/" + slug + "/planlaeg");
		assertThat(page("/arrangementer", "medarbejder@stevns.demo")).doesNotContain(slug);

		addItem(slug, "14:30", "Dialog ved bordene", "CONVERSATION").hasStatus3xxRedirection();
		addItem(slug, "13:00", "Velkommen", "TALK").hasStatus3xxRedirection();
		PlannedEvent planned = TenantScope.asTenant(336, STEVNS_ORGANISER, () -> planning.planned(slug)).orElseThrow();
		assertThat(planned.programme()).extracting(ProgrammeItem::title).containsExactly("Velkommen", "Dialog ved bordene");
		assertThat(planned.programme()).extracting(ProgrammeItem::position).containsExactly(1, 2);

		assertThat(mvc.post().uri("/arrangementer/" + slug + "/planlaeg/offentliggoer").with(demo.as(STEVNS_ORGANISER))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.hasStatus3xxRedirection();
		String published = mvc.get().uri("/arrangementer/" + slug).exchange().assertThat().hasStatusOk().actual()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(published).contains("Temamøde om mellemformer").contains("Velkommen").contains("Dialog ved bordene");
	}

	@Test
	void badInputIsNamedAtItsFieldAndNothingIsSaved() throws Exception {
		String slug = "Forkert Adresse";
		String body = mvc.post().uri("/arrangementer/nyt").with(demo.as(STEVNS_ORGANISER))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("kind", "").param("title", "").param("slug", slug).param("date", "4. marts")
			.param("startsAt", "15:00").param("endsAt", "13:00").param("format", "IN_PERSON").param("price", "gratis")
			.exchange().assertThat().hasStatusOk().actual().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(body).contains("Vælg arrangementets type.").contains("Skriv en titel.")
			.contains("Adressen må kun have små bogstaver").contains("Skriv en dato som år-måned-dag")
			.contains("Sluttidspunktet skal ligge efter starttidspunktet.").contains("Skriv prisen i hele kroner")
			.contains("value=\"Forkert Adresse\"");
		assertThat(jdbc.sql("select count(*) from event where slug = :slug").param("slug", slug).query(Long.class)
			.single()).isZero();
	}

	@Test
	void anAddressInUseIsRefusedAtItsField() throws Exception {
		String body = mvc.post().uri("/arrangementer/nyt").with(demo.as(STEVNS_ORGANISER))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("kind", "CONFERENCE").param("title", "Endnu et topmøde").param("slug", "boern-unge-topmoede-2021")
			.param("date", "2027-01-28").param("startsAt", "09:00").param("endsAt", "16:00").param("format", "ONLINE")
			.exchange().assertThat().hasStatusOk().actual().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(body).contains("Adressen er allerede brugt af et andet arrangement.");
	}

	@Test
	void nobodyButTheOrganiserReachesAnEventsPlanning() {
		String summit = "/arrangementer/boern-unge-topmoede-2021/planlaeg";
		assertThat(mvc.get().uri(summit).with(demo.as("arrangoer@kl.demo"))).hasStatusOk();
		assertThat(mvc.get().uri(summit).with(demo.as(STEVNS_ORGANISER))).as("another organiser").hasStatus(404);
		assertThat(mvc.get().uri(summit).with(demo.as("medarbejder@stevns.demo"))).hasStatus(403);
		assertThat(mvc.get().uri(summit)).hasStatus3xxRedirection();
	}

	@Test
	void anOrganiserSetsChoiceGroupsPricesAndTheBindingDateAndBadInputIsNamedAtItsField() throws Exception {
		String slug = "valg-" + System.nanoTime();
		post("/arrangementer/nyt", "kind", "CONFERENCE", "title", "Konference med valg", "slug", slug, "date",
				"2027-05-06", "startsAt", "09:00", "endsAt", "16:00", "format", "IN_PERSON", "price", "")
			.hasStatus3xxRedirection();
		String plan = "/arrangementer/" + slug + "/planlaeg";

		post(plan + "/valggrupper", "name", "Temamøder", "groupDescription", "", "minChoices", "0", "maxChoices", "2",
				"chooser", "PARTICIPANT").hasStatus3xxRedirection();
		String refused = body(post(plan + "/valggrupper", "name", "temamøder", "minChoices", "3", "maxChoices", "1",
				"chooser", "PARTICIPANT"));
		assertThat(refused).contains("Arrangementet har allerede en valggruppe med det navn.")
			.contains("Højst antal valg må ikke være mindre end mindst antal valg.");
		PlannedEvent withGroup = planned(slug);
		assertThat(withGroup.groups()).singleElement().satisfies(group -> {
			assertThat(group.maxChoices()).isEqualTo(2);
			assertThat(group.chooser()).isEqualTo(dk.traedesten.events.Chooser.PARTICIPANT);
		});
		String groupId = withGroup.groups().get(0).id().toString();

		assertThat(body(post(plan + "/punkter", "startsAt", "10:00", "kind", "TALK", "title", "Tema 1", "group",
				groupId, "capacity", "nul"))).contains("Skriv antal pladser som et helt tal");
		post(plan + "/punkter", "startsAt", "10:00", "kind", "TALK", "title", "Tema 1", "group", groupId, "capacity",
				"40").hasStatus3xxRedirection();
		assertThat(planned(slug).programme()).singleElement().satisfies(item -> {
			assertThat(item.choiceGroupId().toString()).isEqualTo(groupId);
			assertThat(item.capacity()).isEqualTo(40);
		});
		post(plan + "/valggrupper/" + groupId + "/slet").as("a group offering an item stays").hasStatus(404);

		String badPrices = body(post(plan + "/priser", "perPerson", "1945.5", "island", "10000", "small", "", "large",
				"", "threshold", "50000", "tiers[0].moreThanPersons", "20", "tiers[0].percent", "20",
				"tiers[1].moreThanPersons", "10", "tiers[1].percent", "10"));
		assertThat(badPrices).contains("Skriv beløbet i kroner").contains("Udfyld alle tre licenspriser eller ingen af dem.")
			.contains("Hvert rabattrin skal gælde flere personer end trinnet før.");
		assertThat(planned(slug).prices()).as("nothing saved").hasValueSatisfying(
				prices -> assertThat(prices.perPersonOre()).isZero());
		post(plan + "/priser", "perPerson", "1.945", "island", "10000", "small", "20000", "large", "25000",
				"threshold", "50000", "tiers[0].moreThanPersons", "10", "tiers[0].percent", "10",
				"tiers[1].moreThanPersons", "20", "tiers[1].percent", "20").hasStatus3xxRedirection();
		dk.traedesten.events.PriceList prices = planned(slug).prices().orElseThrow();
		assertThat(prices.perPersonOre()).isEqualTo(194_500);
		assertThat(prices.licenceOre(dk.traedesten.events.LicenceClass.LARGE)).isEqualTo(2_500_000);
		assertThat(prices.discounts()).hasSize(2);

		assertThat(body(post(plan + "/bindende", "bindingFrom", "2027-06-01")))
			.contains("Datoen skal ligge senest på arrangementets dag.");
		post(plan + "/bindende", "bindingFrom", "2027-04-22").hasStatus3xxRedirection();
		assertThat(planned(slug).bindingFrom()).isEqualTo(java.time.LocalDate.of(2027, 4, 22));
		assertThat(mvc.post().uri(plan + "/priser").with(demo.as("arrangoer@kl.demo"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("perPerson", "0").param("threshold", "50000")).as("KL's organiser cannot price Stevns' event")
			.hasStatus(404);
	}

	private PlannedEvent planned(String slug) {
		return TenantScope.asTenant(336, STEVNS_ORGANISER, () -> planning.planned(slug)).orElseThrow();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResultAssert post(String uri, String... params) {
		var request = mvc.post().uri(uri).with(demo.as(STEVNS_ORGANISER))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange().assertThat();
	}

	private static String body(org.springframework.test.web.servlet.assertj.MvcTestResultAssert result)
			throws Exception {
		return result.hasStatusOk().actual().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResultAssert addItem(String slug, String time,
			String title, String kind) {
		return mvc.post().uri("/arrangementer/" + slug + "/planlaeg/punkter").with(demo.as(STEVNS_ORGANISER))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("startsAt", time).param("kind", kind).param("title", title).exchange().assertThat();
	}

	private String page(String uri, String email) throws Exception {
		return mvc.get().uri(uri).with(demo.as(email)).exchange().assertThat().hasStatusOk().actual().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
