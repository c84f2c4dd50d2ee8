package dk.traedesten.events.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.DemoData;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The run sheet, the participant list, badges and calendars on the demo summit, on the real database: only KL's
 * organiser reaches the organiser's routes, bad lines are named at their fields, the PDFs hold the text, the
 * calendars parse back with ical4j and a wrong token is 404.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RunSheetTests {

	static final String SUMMIT = "/arrangementer/boern-unge-topmoede-2021";

	static final String KL = "arrangoer@kl.demo";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	DemoData demo;

	@BeforeEach
	void lookUpTheFixture() {
		demo = new DemoData(jdbc, accounts);
	}

	@Test
	void onlyTheOrganiserReachesTheRunSheetAndLists() {
		for (String uri : new String[] { "/drejebog", "/drejebog.pdf", "/deltagere.csv", "/navneskilte.pdf" }) {
			assertThat(mvc.get().uri(SUMMIT + uri).with(demo.as(KL))).as(uri).hasStatusOk();
			assertThat(mvc.get().uri(SUMMIT + uri).with(demo.as("arrangoer@stevns.demo"))).as(uri).hasStatus(404);
			assertThat(mvc.get().uri(SUMMIT + uri)).as(uri).hasStatus3xxRedirection();
		}
	}

	@Test
	void aLineIsAddedTickedAndPrintedAndBadInputIsNamedAtItsField() throws Exception {
		String title = "Lydprøve " + UUID.randomUUID().toString().substring(0, 6);
		String bad = mvc.post().uri(SUMMIT + "/drejebog").with(demo.as(KL)).with(csrf())
			.param("startsAt", "02:00").param("title", title).param("responsible", "")
			.exchange().assertThat().hasStatusOk().actual().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(bad).contains("Tidspunktet skal ligge på arrangementets dag, mellem 05.00 og 20.30.")
			.contains("Skriv, hvem der er ansvarlig.");
		assertThat(mvc.post().uri(SUMMIT + "/drejebog").with(demo.as(KL)).with(csrf())
			.param("startsAt", "08.15").param("title", title).param("responsible", "Teknik, KL-huset"))
			.hasStatus3xxRedirection();
		UUID row = TenantScope.asSystem("test", () -> jdbc.sql("select id from event_run_sheet_row where title = :t")
			.param("t", title).query(UUID.class).single());
		assertThat(mvc.post().uri(SUMMIT + "/drejebog/" + row + "/afkrydset").with(demo.as(KL)).with(csrf())
			.param("done", "true")).hasStatus3xxRedirection();
		assertThat(mvc.post().uri(SUMMIT + "/drejebog/" + row + "/slet").with(demo.as("arrangoer@stevns.demo"))
			.with(csrf())).hasStatus(404);
		byte[] pdf = mvc.get().uri(SUMMIT + "/drejebog.pdf").with(demo.as(KL)).exchange().getResponse()
			.getContentAsByteArray();
		java.nio.file.Files.write(java.nio.file.Path.of("target", "drejebog.pdf"), pdf);
		assertThat(text(pdf)).contains("Drejebog", title, "Teknik, KL-huset", "08.15");
		assertThat(mvc.post().uri(SUMMIT + "/drejebog/" + row + "/slet").with(demo.as(KL)).with(csrf()))
			.hasStatus3xxRedirection();
	}

	@Test
	void theEventCalendarParsesBackInUtc() throws Exception {
		String ics = mvc.get().uri(SUMMIT + "/kalender.ics").exchange().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSize(1);
		assertThat(ics).contains("DTSTART:20210128T080000Z").contains("DTEND:20210128T153000Z");
	}

	@Test
	void aParticipantsOwnCalendarIsReachedByItsTokenOnly() throws Exception {
		String token = TenantScope.asSystem("test", () -> jdbc.sql(
				"select calendar_token from event_participant where email = 'medarbejder@stevns.demo' and cancelled_at is null")
			.query(String.class).single());
		String ics = mvc.get().uri(SUMMIT + "/kalender/" + token + ".ics").exchange().assertThat().hasStatusOk()
			.actual().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.<VEvent>getComponents("VEVENT")).hasSizeGreaterThan(3);
		assertThat(ics).contains("Z\r\n").doesNotContain("TZID");
		String wrong = token.substring(0, 63) + (token.endsWith("a") ? "b" : "a");
		assertThat(mvc.get().uri(SUMMIT + "/kalender/" + wrong + ".ics")).hasStatus(404);
	}

	@Test
	void theParticipantListIsSemicolonSeparatedUtf8WithBom() throws Exception {
		byte[] csv = mvc.get().uri(SUMMIT + "/deltagere.csv").with(demo.as(KL)).exchange().getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFKommune;Navn;E-mail;Stilling;Runde;Valgte sessioner\r\n")
			.contains("Mette Holm;medarbejder@stevns.demo;Lærer;1;").contains("Nadia Ibrahim");
		byte[] badges = mvc.get().uri(SUMMIT + "/navneskilte.pdf").with(demo.as(KL)).exchange().getResponse()
			.getContentAsByteArray();
		java.nio.file.Files.write(java.nio.file.Path.of("target", "navneskilte.pdf"), badges);
		assertThat(text(badges)).contains("Mette Holm", "Nadia Ibrahim", "Børn & Unge Topmøde");
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
