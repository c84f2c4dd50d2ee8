package dk.traedesten.events.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dk.traedesten.events.ParticipantRole;
import dk.traedesten.events.Roundtable;
import dk.traedesten.events.RoundtableBoard;
import dk.traedesten.events.Roundtables;
import dk.traedesten.events.SeatedParticipant;
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
 * København's webinar on the real database (seed 000): its organiser seats the 200 participants, moves a person by
 * hand (kept when seating again, undone by a reset), writes a table's input and gets the wrap-up as a page and PDF.
 * Another municipality's organiser gets 404 on the real ids, people without the organiser role 403, and bad input is
 * named at its field with nothing changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoundtableTests {

	static final String SLUG = "inkluderende-faellesskaber-2021";

	static final String BOARD = "/arrangementer/" + SLUG + "/rundborde";

	static final String ORGANISER = "arrangoer@kk.demo";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Roundtables roundtables;

	DemoData demo;

	@BeforeEach
	void lookUpTheFixture() {
		demo = new DemoData(jdbc, accounts);
	}

	@Test
	void theDemoWebinarSeatsTwoHundredAtCityHallAndFiveAreaTablesOfAtMostForty() {
		RoundtableBoard board = board();

		assertThat(board.seated() + board.unseated().size()).isGreaterThanOrEqualTo(200);
		assertThat(board.tables()).hasSizeGreaterThanOrEqualTo(6);
		assertThat(board.tables()).allSatisfy(table -> assertThat(table.people()).hasSizeLessThanOrEqualTo(40));
		Roundtable cityHall = board.tables().get(0);
		assertThat(cityHall.key().cityHall()).isTrue();
		assertThat(cityHall.roleCounts()).containsEntry(ParticipantRole.COMMITTEE_MEMBER, 11L)
			.containsEntry(ParticipantRole.ASSOCIATION, 1L);
		assertThat(cityHall.people()).anyMatch(seat -> "Dyvekeskolen".equals(seat.unitName()));
		assertThat(board.withInput()).isNotEmpty();
	}

	@Test
	void theOrganiserSeatsMovesAPersonWhoStaysUntilTheMovesAreReset() throws Exception {
		assertThat(page(BOARD, ORGANISER)).contains("Rådhusbordet").contains("Indre By-Østerbro, bord 1")
			.contains("Udvalgsmedlem: 11");
		RoundtableBoard board = board();
		Roundtable from = board.tables().get(1);
		Roundtable to = board.tables().get(2);
		// Someone of the area without a unit: after a reset they are back at their area's one table.
		SeatedParticipant moved = from.people().stream()
			.filter(seat -> seat.participant().unit() == null && seat.participant().area() != null).findFirst()
			.orElseThrow();
		if (to.people().size() >= board.capacity()) {
			return;
		}

		assertThat(post(BOARD + "/flyt", ORGANISER, "participant", moved.participant().id().toString(), "table",
				to.id().toString())).isEqualTo(302);
		assertThat(tableOf(moved.participant().id())).isEqualTo(to.id());
		assertThat(post(BOARD + "/fordel", ORGANISER, "capacity", "40")).isEqualTo(302);
		assertThat(tableOf(moved.participant().id())).as("kept when seating again").isEqualTo(to.id());
		assertThat(post(BOARD + "/fordel", ORGANISER, "capacity", "40", "reset", "true")).isEqualTo(302);
		assertThat(tableOf(moved.participant().id())).as("a reset seats afresh").isEqualTo(from.id());
		// Put the organiser's selection for City Hall back as the demo has it.
		Roundtable cityHall = board().tables().get(0);
		board.tables().get(0).people().stream()
			.filter(seat -> seat.participant().role() != ParticipantRole.COMMITTEE_MEMBER && seat.moved())
			.forEach(seat -> TenantScope.asTenant(101, ORGANISER, () -> {
				roundtables.move(SLUG, seat.participant().id(), cityHall.id());
				return null;
			}));
	}

	@Test
	void aCommitteeMemberStaysAtCityHallAndAFullTableRefusesAMove() throws Exception {
		RoundtableBoard board = board();
		SeatedParticipant member = board.tables().get(0).people().stream()
			.filter(seat -> seat.participant().role() == ParticipantRole.COMMITTEE_MEMBER).findFirst().orElseThrow();

		String body = postPage(BOARD + "/flyt", ORGANISER, "participant", member.participant().id().toString(), "table",
				board.tables().get(1).id().toString());

		assertThat(body).contains("Udvalgets medlemmer sidder ved Rådhusbordet");
		assertThat(tableOf(member.participant().id())).isEqualTo(board.tables().get(0).id());
		assertThat(postPage(BOARD + "/flyt", ORGANISER, "participant", "ikke-en-person", "table", ""))
			.contains("Vælg en person fra listen.").contains("Vælg et bord fra listen.");
		assertThat(postPage(BOARD + "/fordel", ORGANISER, "capacity", "fyrre"))
			.contains("Skriv antal pladser som et helt tal fra 1 til 500.");
		assertThat(postPage(BOARD + "/fordel", ORGANISER, "capacity", "5"))
			.contains("Udvalgets 11 medlemmer kan ikke sidde ved ét bord med 5 pladser.");
		assertThat(board().capacity()).isEqualTo(40);
	}

	@Test
	void aTablesInputGoesIntoTheWrapUpPageAndItsPdf() throws Exception {
		Roundtable table = board().tables().get(board().tables().size() - 1);
		String theme = "Legepladsen som fællesskab " + System.nanoTime();

		assertThat(post(BOARD + "/" + table.id(), ORGANISER, "facilitator", "Bo Riis", "noteTaker", "Ida Toft",
				"summary", "Vi talte om frikvartererne.", "themes", theme + "\n\n  Overgange  ", "recommendations",
				"Flere voksne i frikvarteret")).isEqualTo(302);

		Roundtable saved = board().table(table.id()).orElseThrow();
		assertThat(saved.themes()).containsExactly(theme, "Overgange");
		assertThat(saved.facilitator()).isEqualTo("Bo Riis");
		assertThat(page(BOARD + "/opsamling", ORGANISER)).contains(theme).contains("Flere voksne i frikvarteret")
			.contains("Ida Toft");
		byte[] pdf = mvc.get().uri(BOARD + "/opsamling.pdf").with(demo.as(ORGANISER)).exchange().assertThat()
			.hasStatusOk().hasContentType("application/pdf").actual().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(postPage(BOARD + "/" + table.id(), ORGANISER, "facilitator", "x".repeat(201)))
			.contains("Skriv højst 200 tegn.");
	}

	@Test
	void anotherMunicipalitysOrganiserGets404AndOthersAreRefused() {
		UUID table = board().tables().get(0).id();
		for (String uri : new String[] { BOARD, BOARD + "/" + table, BOARD + "/opsamling", BOARD + "/opsamling.pdf" }) {
			assertThat(mvc.get().uri(uri).with(demo.as("arrangoer@stevns.demo"))).as(uri).hasStatus(404);
			assertThat(mvc.get().uri(uri).with(demo.as("arrangoer@kl.demo"))).as(uri).hasStatus(404);
			assertThat(mvc.get().uri(uri).with(demo.as("medarbejder@kk.demo"))).as(uri).hasStatus(403);
			assertThat(mvc.get().uri(uri).with(demo.as("admin@kk.demo"))).as(uri).hasStatus(403);
			assertThat(mvc.get().uri(uri)).as(uri).hasStatus3xxRedirection();
		}
		assertThat(mvc.post().uri(BOARD + "/fordel").with(demo.as("arrangoer@stevns.demo")).with(csrf())
			.param("capacity", "2").param("reset", "true")).hasStatus(404);
		assertThat(mvc.post().uri(BOARD + "/" + table).with(demo.as("arrangoer@stevns.demo")).with(csrf())
			.param("summary", "Overtaget")).hasStatus(404);
		assertThat(board().capacity()).isEqualTo(40);
		assertThat(board().table(table).orElseThrow().summary()).doesNotContain("Overtaget");
	}

	@Test
	void aRegistrarGivesRoleAndAreaAndAnAreaBoundRoleWithoutAreaIsRefused() throws Exception {
		String registration = "/arrangementer/" + SLUG + "/tilmelding";
		assertThat(page(registration, "koordinator@kk.demo")).contains("Skoleleder").contains("Valby-Vesterbro");
		String tag = Long.toString(System.nanoTime());

		assertThat(postPage(registration + "/runde", "koordinator@kk.demo", "people[0].name", "Uden Område",
				"people[0].email", "uden." + tag + "@kk.demo", "people[0].role", "SCHOOL_LEADER"))
			.contains("Vælg personens område eller enhed");
		assertThat(post(registration + "/runde", "koordinator@kk.demo", "people[0].name", "Med Område",
				"people[0].email", "med." + tag + "@kk.demo", "people[0].role", "CLUSTER_LEADER", "people[0].area",
				demo.area(101, "Amager").toString())).isEqualTo(302);

		SeatedParticipant added = board().unseated().stream()
			.filter(seat -> seat.participant().email().equals("med." + tag + "@kk.demo")).findFirst().orElseThrow();
		assertThat(added.participant().role()).isEqualTo(ParticipantRole.CLUSTER_LEADER);
		assertThat(added.areaName()).isEqualTo("Amager");
		assertThat(TenantScope.asSystem("test", () -> jdbc.sql("select count(*) from event_participant where email = :e")
			.param("e", "uden." + tag + "@kk.demo").query(Long.class).single())).isZero();
	}

	private RoundtableBoard board() {
		return TenantScope.asTenant(101, ORGANISER, () -> roundtables.board(SLUG)).orElseThrow();
	}

	private UUID tableOf(UUID participant) {
		return board().tables().stream()
			.filter(table -> table.people().stream().anyMatch(seat -> seat.participant().id().equals(participant)))
			.map(Roundtable::id).findFirst().orElse(null);
	}

	private String page(String uri, String email) throws Exception {
		return mvc.get().uri(uri).with(demo.as(email)).exchange().assertThat().hasStatusOk().actual().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private int post(String uri, String email, String... params) {
		var request = mvc.post().uri(uri).with(demo.as(email)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange().getResponse().getStatus();
	}

	private String postPage(String uri, String email, String... params) throws Exception {
		var request = mvc.post().uri(uri).with(demo.as(email)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.exchange().assertThat().hasStatusOk().actual().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
