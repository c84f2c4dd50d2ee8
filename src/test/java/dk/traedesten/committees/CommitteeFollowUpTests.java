package dk.traedesten.committees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.TestNames;
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

/**
 * Follow-ups of decisions, the cases (papers) of an item and a call's selection put before a committee, through the
 * web on the real database (decision 0017): the secretary adds and closes a follow-up, the committee's politician
 * reads it, other municipalities get 404 and staff 403; a wrong case number is refused in Danish with nothing saved;
 * further papers are OParl Papers with what the spec requires; the coordinator's selection becomes a draft item.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommitteeFollowUpTests {

	static final String SECRETARY = "admin@herning.demo";

	static final String POLITICIAN = "politiker@herning.demo";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	CommitteeAdministration administration;

	@Autowired
	CommitteeFollowUps followUps;

	@Autowired
	ItemPapers papers;

	DemoData demo;

	UUID committee;

	UUID item20;

	@BeforeEach
	void herningsItem20() {
		demo = new DemoData(jdbc, accounts);
		committee = TenantScope.asSystem("test", () -> jdbc
			.sql("select id from committee where municipality_code = 657 and name = 'Børne- og Familieudvalget'")
			.query(UUID.class).single());
		item20 = TenantScope.asSystem("test", () -> jdbc
			.sql("select id from agenda_item where municipality_code = 657 and number = 20 and title like 'Drøftelse af input%'").query(UUID.class).single());
	}

	@Test
	void theDemoHasHerningsFollowUpOfItem20InProgressAndOverdue() {
		List<FollowUp> list = TenantScope.asTenant(DemoData.HERNING, "test", () -> followUps.ofItem(item20));
		assertThat(list).anySatisfy(f -> {
			assertThat(f.what()).contains("Børn og Ungetopmødet");
			assertThat(f.assigneeName()).isEqualTo("Børn og Unge");
			assertThat(f.status()).isEqualTo(FollowUpStatus.IN_PROGRESS);
			assertThat(f.overdue(LocalDate.now())).isTrue();
		});
	}

	@Test
	void theSecretaryAddsAFollowUpThePoliticianSeesItAndItLeavesTheOpenListWhenDone() {
		String what = "Opfølgning " + TestNames.unique();
		assertThat(post("/udvalg/administration/punkter/" + item20 + "/opfoelgning", SECRETARY,
				Map.of("what", what, "department", "Dagtilbud", "dueOn", "2021-03-01"))).hasStatus3xxRedirection();
		UUID id = TenantScope.asTenant(DemoData.HERNING, "test", () -> followUps.ofItem(item20).stream()
			.filter(f -> f.what().equals(what)).findFirst().orElseThrow().id());

		String page = get("/udvalg/" + committee + "/opfoelgning", POLITICIAN, 200);
		assertThat(page).contains("Opfølgning på beslutninger", what, "Dagtilbud", "Fristen er overskredet", "Ikke startet");

		// Back to "not started" from "in progress" needs a note; the refusal names it and changes nothing.
		assertThat(post("/udvalg/administration/opfoelgning/" + id + "/status", SECRETARY, Map.of("status", "IN_PROGRESS")))
			.hasStatus3xxRedirection();
		String refused = body(post("/udvalg/administration/opfoelgning/" + id + "/status", SECRETARY,
				Map.of("status", "NOT_STARTED", "note", "")));
		assertThat(refused).contains("Skriv en note om, hvorfor opfølgningen går tilbage til en tidligere status.");
		assertThat(status(id)).isEqualTo(FollowUpStatus.IN_PROGRESS);

		assertThat(post("/udvalg/administration/opfoelgning/" + id + "/status", SECRETARY,
				Map.of("status", "DONE", "note", "Forslag sendt til udvalget"))).hasStatus3xxRedirection();
		FollowUp done = TenantScope.asTenant(DemoData.HERNING, "test", () -> followUps.followUp(id).orElseThrow());
		assertThat(done.status()).isEqualTo(FollowUpStatus.DONE);
		assertThat(done.statusNote()).isEqualTo("Forslag sendt til udvalget");
		assertThat(done.statusNotedOn()).isEqualTo(LocalDate.now());
		List<FollowUp> open = TenantScope.asTenant(DemoData.HERNING, "test", () -> followUps.openOf(committee));
		assertThat(open).extracting(FollowUp::id).doesNotContain(id);
		assertThat(get("/udvalg/" + committee + "/opfoelgning", SECRETARY, 200)).contains("Senest afsluttet", what);
	}

	@Test
	void otherMunicipalitiesGetNotFoundStaffIsRefusedAndTheAnonymousAreSentToSignIn() {
		for (String outsider : List.of("admin@stevns.demo", "politiker@stevns.demo", "admin@kk.demo")) {
			assertThat(mvc.get().uri("/udvalg/" + committee + "/opfoelgning").with(demo.as(outsider))).as(outsider)
				.hasStatus(404);
		}
		assertThat(mvc.get().uri("/udvalg/" + committee + "/opfoelgning").with(demo.as("medarbejder@herning.demo")))
			.hasStatus(403);
		assertThat(mvc.get().uri("/udvalg/" + committee + "/opfoelgning")).hasStatus3xxRedirection();
		UUID herningFollowUp = TenantScope.asTenant(DemoData.HERNING, "test", () -> followUps.ofItem(item20).get(0).id());
		FollowUpStatus before = status(herningFollowUp);
		assertThat(post("/udvalg/administration/opfoelgning/" + herningFollowUp + "/status", "admin@stevns.demo",
				Map.of("status", "DONE", "note", "Overtaget"))).hasStatus(404);
		assertThat(status(herningFollowUp)).isEqualTo(before);
		assertThat(post("/udvalg/administration/punkter/" + item20 + "/opfoelgning", "admin@kk.demo",
				Map.of("what", "Overtaget", "department", "X", "dueOn", "2027-01-01"))).hasStatus(404);
	}

	@Test
	void theItemPageShowsFollowUpsToTheMunicipalitysOwnSignedInPeopleOnly() {
		String note = "direktørens ledergruppe";
		assertThat(get("/udvalg/punkter/" + item20, "medarbejder@herning.demo", 200)).contains("Opfølgning på beslutningen", note);
		assertThat(body(mvc.get().uri("/udvalg/punkter/" + item20).exchange())).doesNotContain(note, "Opfølgning på beslutningen");
		assertThat(get("/udvalg/punkter/" + item20, "admin@stevns.demo", 200)).doesNotContain(note);
	}

	@Test
	void aFollowUpNeedsADecisionAndExactlyOneAssignee() {
		UUID draft = herningDraftItem();
		String notDecided = body(post("/udvalg/administration/punkter/" + draft + "/opfoelgning", SECRETARY,
				Map.of("what", "For tidligt", "department", "Børn og Unge", "dueOn", "2027-01-01")));
		assertThat(notDecided).contains("Opfølgning kan først tilføjes, når udvalget har truffet beslutning om punktet.");
		String both = body(post("/udvalg/administration/punkter/" + item20 + "/opfoelgning", SECRETARY,
				Map.of("what", "Begge", "assigneeEmail", "medarbejder@herning.demo", "department", "Børn og Unge",
						"dueOn", "ikke en dato")));
		assertThat(both).contains("Skriv enten en persons e-mail eller en afdeling – ét af dem.",
				"Fristen skal være en dato, fx 2021-06-01.");
		String foreign = body(post("/udvalg/administration/punkter/" + item20 + "/opfoelgning", SECRETARY,
				Map.of("what", "Fremmed", "assigneeEmail", "medarbejder@stevns.demo", "dueOn", "2027-01-01")));
		assertThat(foreign).contains("Der er ingen person i kommunen med den e-mail.");
		String person = "Person " + TestNames.unique();
		assertThat(post("/udvalg/administration/punkter/" + item20 + "/opfoelgning", SECRETARY,
				Map.of("what", person, "assigneeEmail", "medarbejder@herning.demo", "dueOn", "2027-01-01")))
			.hasStatus3xxRedirection();
		assertThat(TenantScope.asTenant(DemoData.HERNING, "test", () -> followUps.ofItem(item20)))
			.filteredOn(f -> f.what().equals(person))
			.singleElement()
			.satisfies(f -> {
				assertThat(f.assigneeName()).isEqualTo("Thomas Due");
				assertThat(f.assigneePersonId()).isEqualTo(demo.person("medarbejder@herning.demo"));
			});
	}

	@Test
	void aWrongCaseNumberOnAPaperIsRefusedInDanishWithTheExpectedFormAndNothingIsSaved() {
		UUID draft = herningDraftItem();
		String refused = body(post("/udvalg/administration/punkter/" + draft + "/sager", SECRETARY,
				Map.of("paperCaseNumber", "2020-0076771", "paperTitle", "Forkert format")));
		assertThat(refused).contains("Sagsnummeret passer ikke til kommunens format. Skriv det som fx 00.01.10-G01-1-21.");
		assertThat(papersOf(draft)).isEmpty();
		assertThat(post("/udvalg/administration/punkter/" + draft + "/sager", SECRETARY,
				Map.of("paperCaseNumber", "17.01.00-G01-21-26", "paperTitle", "Skolevej"))).hasStatus3xxRedirection();
		String twice = body(post("/udvalg/administration/punkter/" + draft + "/sager", SECRETARY,
				Map.of("paperCaseNumber", "17.01.00-G01-21-26", "paperTitle", "Skolevej igen")));
		assertThat(twice).contains("Sagen er allerede med i punktet.");
		assertThat(papersOf(draft)).extracting(Paper::caseNumber).containsExactly("17.01.00-G01-21-26");
		assertThat(get("/udvalg/administration/punkter/" + draft, SECRETARY, 200)).contains("Skolevej", "17.01.00-G01-21-26");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aFurtherPaperOfAPublishedOpenItemIsAnOparlPaperWithItsConsultation() {
		UUID[] ids = TenantScope.asTenant(DemoData.HERNING, "test", () -> {
			UUID meeting = administration.addMeeting(committee, LocalDate.of(2026, 5, 6), LocalTime.of(16, 0), "Teams");
			UUID item = administration.addItem(meeting, "AGENDA_ITEM", "Flere sager");
			administration.updateItem(item, new ItemDraft(1, "Flere sager", "17.01.00-G01-30-26", "", "", List.of(),
					List.of(), null, true, List.of(new Section(SectionKind.SUMMARY, "Tekst"),
							new Section(SectionKind.PRESENTATION, ""), new Section(SectionKind.RECOMMENDATION, ""))));
			UUID paper = papers.add(item, "17.01.00-G01-31-26", "Den anden sag");
			administration.markReady(item);
			administration.publishAgenda(meeting);
			return new UUID[] { item, paper };
		});
		OparlClient client = new OparlClient(mvc);
		Map<String, Object> paper = client.object(OparlClient.SYSTEM + "/paper/" + ids[1]);
		assertThat(OparlSchema.check(paper)).isEqualTo("Paper");
		assertThat(paper).containsEntry("reference", "17.01.00-G01-31-26").containsEntry("name", "Den anden sag")
			.containsEntry("body", OparlClient.SYSTEM + "/body/" + DemoData.HERNING).containsKey("date");
		Map<String, Object> consultation = ((List<Map<String, Object>>) paper.get("consultation")).get(0);
		assertThat(OparlSchema.check(consultation)).isEqualTo("Consultation");
		assertThat(consultation).containsEntry("agendaItem", OparlClient.SYSTEM + "/agendaItem/" + ids[0])
			.containsEntry("paper", paper.get("id"));
		assertThat(client.object((String) consultation.get("id"))).isEqualTo(consultation);
		assertThat(client.all(OparlClient.SYSTEM + "/body/" + DemoData.HERNING + "/paper"))
			.extracting(p -> p.get("id")).contains(paper.get("id"), OparlClient.SYSTEM + "/paper/" + ids[0]);
		assertThat(body(mvc.get().uri("/udvalg/punkter/" + ids[0]).exchange())).contains("Den anden sag", "17.01.00-G01-31-26");
	}

	@Test
	void theCoordinatorPutsTheSelectionBeforeTheCommitteeAsADraftItemLinkedToTheCall() {
		UUID call = TenantScope.asSystem("test", () -> jdbc
			.sql("select id from trial_call where municipality_code = 336 and title = 'Prøvehandlinger 2025–26'")
			.query(UUID.class).single());
		UUID meeting = TenantScope.asSystem("test", () -> jdbc
			.sql("select id from committee_meeting where municipality_code = 336 order by created_at limit 1")
			.query(UUID.class).single());
		String uri = "/proevehandlinger/ansoegningsrunder/" + call + "/udvalgspunkt";
		assertThat(get("/proevehandlinger/ansoegningsrunder/" + call + "/udvaelgelse", "koordinator@stevns.demo", 200))
			.contains("Forelæg udvælgelsen for et udvalg", "Børne- og Uddannelsesudvalget");
		assertThat(body(post(uri, "koordinator@stevns.demo", Map.of("recommendation", "Indstilling"))))
			.contains("Vælg et kommende udvalgsmøde.");
		int before = proposals(meeting);
		assertThat(post(uri, "koordinator@kk.demo", Map.of("meeting", meeting.toString(), "recommendation", "x")))
			.hasStatus(404);
		assertThat(post(uri, "koordinator@stevns.demo",
				Map.of("meeting", meeting.toString(), "recommendation", "Koordinatoren indstiller, at udvalget godkender.")))
			.hasStatus3xxRedirection();
		assertThat(proposals(meeting)).isEqualTo(before + 1);
		UUID item = TenantScope.asSystem("test", () -> jdbc.sql("""
				select i.id from agenda_item i join agenda_item_link l on l.item_id = i.id and l.kind = 'CALL'
				where i.meeting_id = :meeting order by i.number desc limit 1""").param("meeting", meeting)
			.query(UUID.class).single());
		String admin = get("/udvalg/administration/punkter/" + item, "admin@stevns.demo", 200);
		assertThat(admin).contains("Udvælgelse af prøvehandlinger: Prøvehandlinger 2025–26", "Koordinatoren indstiller",
				"Ansøgningsrunde: Prøvehandlinger 2025–26", "Kladde");
	}

	@Test
	void aTrialLinkedToAnItemShowsWhereTheCommitteeTreatedIt() {
		UUID trial = TenantScope.asSystem("test", () -> jdbc.sql("""
				select id from trial where municipality_code = 336 and state = 'RUNNING' order by title limit 1""")
			.query(UUID.class).single());
		UUID item = CommitteeRoutesLookup.stevnsItem(jdbc);
		assertThat(post("/udvalg/administration/punkter/" + item + "/links", "admin@stevns.demo",
				Map.of("target", "TRIAL:" + trial))).hasStatus3xxRedirection();
		assertThat(get("/proevehandlinger/" + trial, "koordinator@stevns.demo", 200))
			.contains("Behandlet i udvalget", "Børne- og Uddannelsesudvalget", "endnu ikke på en offentliggjort dagsorden");
		assertThat(post("/udvalg/administration/punkter/" + item + "/links", "admin@kk.demo",
				Map.of("target", "TRIAL:" + trial))).hasStatus(404);
	}

	/** The first Stevns item (the demo's draft), as the route tables find it. */
	static final class CommitteeRoutesLookup {

		static UUID stevnsItem(JdbcClient jdbc) {
			return TenantScope.asSystem("test", () -> jdbc
				.sql("select id from agenda_item where municipality_code = 336 and title = 'Status på Sammen MED børnene'")
				.query(UUID.class).single());
		}
	}

	private int proposals(UUID meeting) {
		return TenantScope.asSystem("test", () -> jdbc.sql("""
				select count(*) from agenda_item_link l join agenda_item i on i.id = l.item_id
				where i.meeting_id = :meeting and l.kind = 'CALL'""").param("meeting", meeting).query(Integer.class).single());
	}

	private UUID herningDraftItem() {
		return TenantScope.asTenant(DemoData.HERNING, "test", () -> {
			UUID meeting = administration.addMeeting(committee, LocalDate.now().plusMonths(2), LocalTime.of(16, 0), "Teams");
			return administration.addItem(meeting, "AGENDA_ITEM", "Kladde " + TestNames.unique());
		});
	}

	private List<Paper> papersOf(UUID item) {
		return TenantScope.asTenant(DemoData.HERNING, "test", () -> papers.of(item));
	}

	private FollowUpStatus status(UUID id) {
		return TenantScope.asSystem("test", () -> jdbc.sql("select status from committee_follow_up where id = :id")
			.param("id", id).query(String.class).optional().map(FollowUpStatus::valueOf).orElseThrow());
	}

	private MvcTestResult post(String uri, String email, Map<String, String> form) {
		var request = mvc.post().uri(uri).with(demo.as(email)).with(csrf());
		form.forEach((name, value) -> request.param(name, value));
		return request.exchange();
	}

	private String get(String uri, String email, int status) {
		MvcTestResult result = mvc.get().uri(uri).with(demo.as(email)).exchange();
		assertThat(result).as(uri).hasStatus(status);
		return body(result);
	}

	private static String body(MvcTestResult result) {
		return OparlClient.text(result);
	}
}
