package dk.traedesten.events.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import dk.traedesten.events.ChoiceGroup;
import dk.traedesten.events.Chooser;
import dk.traedesten.events.EventCatalogue;
import dk.traedesten.events.Invoice;
import dk.traedesten.events.InvoiceKind;
import dk.traedesten.events.Invoicing;
import dk.traedesten.events.Participant;
import dk.traedesten.events.PublishedEvent;
import dk.traedesten.events.Registration;
import dk.traedesten.events.Registrations;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.DemoData;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * KL's demo summit walked end to end through the web, as issue 6 asks of the conference: Herning's administrator, a
 * registrar with no one registered yet, registers staff in two rounds, chooses the political talk and a participant's
 * theme sessions within the rules and is refused outside them; the registration is binding, so a cancellation is
 * refused; the organiser closes invoicing on the invoicing page; and every municipality's invoice, over all its rounds,
 * totals exactly what the public quote API answers for that municipality.
 * <p>
 * The demo seeds the summit already invoiced, and invoicing closes only once. So this class runs on a database of its
 * own (another directory, another embedded server) and first reopens the summit there, as the database's owner: the
 * shared test database keeps the demo's invoices for every other test.
 */
@SpringBootTest(properties = "traedesten.embedded-database.directory=target/test-postgres-summit")
@AutoConfigureMockMvc
class SummitEndToEndTests {

	static final String SLUG = "boern-unge-topmoede-2021";

	static final String SUMMIT = "/arrangementer/" + SLUG;

	static final String HERNING_ADMIN = "admin@herning.demo";

	static final String ORGANISER = "platform@traedesten.demo";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EventCatalogue catalogue;

	@Autowired
	Registrations registrations;

	@Autowired
	Invoicing invoicing;

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void aMunicipalityRegistersChoosesWithinTheRulesAndIsInvoicedWhatTheQuoteSays() throws Exception {
		reopenInvoicing();
		DemoData demo = new DemoData(jdbc, accounts);
		PublishedEvent summit = catalogue.find(SLUG).orElseThrow();

		// Two rounds, counted together on one registration.
		assertThat(post(demo, HERNING_ADMIN, SUMMIT + "/tilmelding/runde", Map.of(
				"people[0].name", "Karen Lind", "people[0].email", "karen.lind@herning.demo",
				"people[0].jobTitle", "Skoleleder",
				"people[1].name", "Ole Vang", "people[1].email", "ole.vang@herning.demo",
				"people[1].jobTitle", "Dagtilbudsleder"))).isEqualTo("redirect");
		assertThat(post(demo, HERNING_ADMIN, SUMMIT + "/tilmelding/runde", Map.of(
				"people[0].name", "Sara Krog", "people[0].email", "sara.krog@herning.demo",
				"people[0].jobTitle", "Psykolog"))).isEqualTo("redirect");
		Registration herning = asHerning(() -> registrations.of(SLUG, DemoData.HERNING));
		assertThat(herning.roundSizes()).containsExactly(2, 1);
		assertThat(herning.participants()).extracting(Participant::email)
			.containsExactly("karen.lind@herning.demo", "ole.vang@herning.demo", "sara.krog@herning.demo");

		// The political talk: exactly one for the whole municipality. Two are refused at the field, one is taken.
		ChoiceGroup political = group(summit, Chooser.ORGANISATION);
		List<UUID> talks = ids(summit, political);
		String refused = page(demo, HERNING_ADMIN, SUMMIT + "/tilmelding/valg", political, talks.get(0), talks.get(1));
		assertThat(refused).contains("Vælg højst 1 i &quot;" + political.name() + "&quot;").contains("id=\"items-error\"");
		assertThat(asHerning(() -> registrations.of(SLUG, DemoData.HERNING).organisationChoices())).isEmpty();
		assertThat(page(demo, HERNING_ADMIN, SUMMIT + "/tilmelding/valg", political, talks.get(2))).isEqualTo("redirect");
		assertThat(asHerning(() -> registrations.of(SLUG, DemoData.HERNING).organisationChoices()))
			.containsExactly(talks.get(2));

		// A participant's theme sessions: at most three. Four are refused and nothing is saved; two are seated.
		ChoiceGroup themes = summit.groups().stream()
			.filter(group -> group.chooser() == Chooser.PARTICIPANT && group.maxChoices() == 3)
			.findFirst()
			.orElseThrow();
		List<UUID> sessions = ids(summit, themes);
		UUID karen = herning.participants().get(0).id();
		String seatPage = SUMMIT + "/deltagere/" + karen;
		assertThat(page(demo, HERNING_ADMIN, seatPage + "/valg", themes, sessions.subList(0, 4).toArray(UUID[]::new)))
			.contains("Vælg højst 3 i &quot;" + themes.name() + "&quot;");
		assertThat(asHerning(() -> registrations.schedule(SLUG, karen)).orElseThrow().seats()).isEmpty();
		assertThat(page(demo, HERNING_ADMIN, seatPage + "/valg", themes, sessions.get(1), sessions.get(3)))
			.isEqualTo("redirect");
		assertThat(asHerning(() -> registrations.schedule(SLUG, karen)).orElseThrow().seats())
			.extracting(seat -> seat.itemId())
			.containsExactlyInAnyOrder(sessions.get(1), sessions.get(3));

		// The registration is binding since 14 January 2021: cancelling is refused and the seat stays.
		assertThat(mvc.post().uri(seatPage + "/afmeld").with(demo.as(HERNING_ADMIN)).with(csrf()))
			.hasRedirectedUrl(seatPage)
			.flash().containsEntry("refused", "events.registration.refused.BINDING");
		assertThat(asHerning(() -> registrations.of(SLUG, DemoData.HERNING)).participants()).hasSize(3);

		// The organiser closes invoicing on the invoicing page: one invoice per registered municipality and one for the
		// association, which registered eleven people in two rounds.
		String open = body(demo, ORGANISER, SUMMIT + "/fakturaer");
		assertThat(open).contains("Fakturering er ikke lukket");
		assertThat(mvc.post().uri(SUMMIT + "/fakturaer/luk").with(demo.as(ORGANISER)).with(csrf()))
			.hasRedirectedUrl(SUMMIT + "/fakturaer")
			.flash().containsEntry("done", "events.invoices.done.closed");
		List<Invoice> issued = TenantScope.asSystem("test", () -> invoicing.ofEvent(SLUG));
		Map<Integer, Invoice> byBuyer = issued.stream()
			.filter(invoice -> invoice.kind() == InvoiceKind.INVOICE && invoice.municipalityCode() != null)
			.collect(Collectors.toMap(Invoice::municipalityCode, invoice -> invoice));
		Invoice association = issued.stream().filter(invoice -> invoice.municipalityCode() == null)
			.collect(Collectors.collectingAndThen(Collectors.toList(), list -> {
				assertThat(list).hasSize(1);
				return list.get(0);
			}));
		assertThat(byBuyer).containsOnlyKeys(DemoData.STEVNS, DemoData.KOEBENHAVN, DemoData.HERNING);
		String closed = body(demo, ORGANISER, SUMMIT + "/fakturaer");
		assertThat(closed).contains("Fakturering er lukket").contains("Herning");

		// Each invoice totals what the pricing engine quotes the municipality, to the øre; Herning's is on the page.
		for (Invoice invoice : byBuyer.values()) {
			String quote = mvc.get().uri("/api/v1/events/" + SLUG + "/quote?municipality=" + invoice.municipalityCode())
				.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
			long quotedOre = new BigDecimal(JsonPath.<String>read(quote, "$.total")).movePointRight(2).longValueExact();
			assertThat(invoice.totalOre()).as("invoice total of %s", invoice.buyerName()).isEqualTo(quotedOre);
		}
		// Herning, over 50,000 inhabitants: the large licence, 25,000.00 + 25 % VAT = 31,250.00, whatever its rounds.
		assertThat(byBuyer.get(DemoData.HERNING).totalOre()).isEqualTo(3_125_000L);
		assertThat(closed).contains("31.250,00 kr.");
		// Autismeforeningen pays per person: 11 × 1,945.00 = 21,395.00, 10 % off, 25 % VAT = 24,069.38, as the
		// quote for 11 persons says.
		String quote = mvc.get().uri("/api/v1/events/" + SLUG + "/quote?persons=11").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<String>read(quote, "$.total")).isEqualTo("24069.38");
		assertThat(association.buyerName()).isEqualTo("Autismeforeningen");
		assertThat(association.totalOre()).isEqualTo(2_406_938L);
		assertThat(closed).contains("Autismeforeningen").contains("24.069,38 kr.");
	}

	/** Undoes the demo's closing of the summit: its invoices go, and the series gives their numbers back. */
	private void reopenInvoicing() throws SQLException {
		try (Connection owner = postgres.getPostgresDatabase().getConnection();
				Statement statement = owner.createStatement()) {
			owner.setAutoCommit(false);
			String summit = "(select id from event where slug = '" + SLUG + "')";
			statement.execute("""
					update event_invoice_series s set next_number = first.number
					from (select series_id, min(number) as number from event_invoice where event_id = %s
					      group by series_id) first
					where s.id = first.series_id""".formatted(summit));
			statement.execute("delete from event_invoice where event_id = " + summit + " and credits is not null");
			statement.execute("delete from event_invoice where event_id = " + summit);
			statement.execute("update event set invoicing_closed_at = null where id = " + summit);
			owner.commit();
		}
		assertThat(TenantScope.asSystem("test", () -> invoicing.closed(SLUG))).isFalse();
	}

	/** Posts a form; answers "redirect" when the app accepted it, else the page it showed again. */
	private String post(DemoData demo, String email, String uri, Map<String, String> fields) throws Exception {
		var request = mvc.post().uri(uri).with(demo.as(email)).with(csrf());
		fields.forEach(request::param);
		return outcome(request.exchange());
	}

	private String page(DemoData demo, String email, String uri, ChoiceGroup group, UUID... items) throws Exception {
		var request = mvc.post().uri(uri).with(demo.as(email)).with(csrf()).param("group", group.id().toString())
			.param("items", java.util.Arrays.stream(items).map(UUID::toString).toArray(String[]::new));
		return outcome(request.exchange());
	}

	private static String outcome(org.springframework.test.web.servlet.assertj.MvcTestResult result) throws Exception {
		if (result.getResponse().getStatus() == 302) {
			return "redirect";
		}
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String body(DemoData demo, String email, String uri) throws Exception {
		var result = mvc.get().uri(uri).with(demo.as(email)).exchange();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static <T> T asHerning(java.util.function.Supplier<T> work) {
		return TenantScope.asTenant(DemoData.HERNING, HERNING_ADMIN, work);
	}

	private static ChoiceGroup group(PublishedEvent summit, Chooser chooser) {
		return summit.groups().stream().filter(group -> group.chooser() == chooser).findFirst().orElseThrow();
	}

	private static List<UUID> ids(PublishedEvent summit, ChoiceGroup group) {
		return summit.offeredBy(group).stream().map(item -> item.id()).toList();
	}
}
