package dk.traedesten.events.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import dk.traedesten.events.ChoiceGroup;
import dk.traedesten.events.EventCatalogue;
import dk.traedesten.events.PublishedEvent;
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
 * The choice rules and the round's fields through the web forms, on the demo summit: a refused choice or person is
 * shown at its field in Danish and nothing is saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationFormTests {

	static final String SUMMIT = "/arrangementer/boern-unge-topmoede-2021";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EventCatalogue catalogue;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	DemoData demo;

	PublishedEvent summit;

	@BeforeEach
	void lookUp() {
		demo = new DemoData(jdbc, accounts);
		summit = catalogue.find("boern-unge-topmoede-2021").orElseThrow();
	}

	@Test
	void twoPoliticalTalksForTheMunicipalityAreRefusedAtTheField() throws Exception {
		ChoiceGroup political = group(1);
		List<UUID> talks = summit.offeredBy(political).stream().map(item -> item.id()).toList();
		String page = mvc.post().uri(SUMMIT + "/tilmelding/valg").with(demo.as("koordinator@stevns.demo")).with(csrf())
			.param("group", political.id().toString())
			.param("items", talks.get(0).toString(), talks.get(1).toString())
			.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Vælg højst 1 i &quot;Politiske oplæg&quot;").contains("id=\"items-error\"");
		assertThat(TenantScope.asSystem("test", () -> jdbc.sql(
				"select count(*) from event_organisation_choice where municipality_code = 336 and group_id = :group")
			.param("group", political.id()).query(Integer.class).single())).isEqualTo(1);
	}

	@Test
	void fourThemeSessionsForAParticipantAreRefusedAtTheField() throws Exception {
		ChoiceGroup themes = group(3);
		UUID seat = TenantScope.asSystem("test", () -> jdbc.sql(
				"select id from event_participant where email = 'medarbejder@stevns.demo' and cancelled_at is null")
			.query(UUID.class).single());
		int before = choices(seat);
		List<String> four = summit.offeredBy(themes).stream().limit(4).map(item -> item.id().toString()).toList();
		String page = mvc.post().uri(SUMMIT + "/deltagere/" + seat + "/valg").with(demo.as("medarbejder@stevns.demo"))
			.with(csrf()).param("group", themes.id().toString()).param("items", four.toArray(String[]::new))
			.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Vælg højst 3 i &quot;" + themes.name() + "&quot;");
		assertThat(choices(seat)).isEqualTo(before);
	}

	@Test
	void aRoundWithABadEmailIsRefusedAtThatRowAndNothingIsRegistered() throws Exception {
		String page = mvc.post().uri(SUMMIT + "/tilmelding/runde").with(demo.as("koordinator@stevns.demo")).with(csrf())
			.param("people[0].name", "Ida Holm").param("people[0].email", "ida.holm@stevns.demo")
			.param("people[1].name", "Per Lund").param("people[1].email", "per.lund-stevns")
			.exchange().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"people[1].email-error\"").contains("Skriv en gyldig e-mailadresse");
		assertThat(TenantScope.asSystem("test", () -> jdbc.sql(
				"select count(*) from event_participant where email = 'ida.holm@stevns.demo'")
			.query(Integer.class).single())).isZero();
	}

	private int choices(UUID seat) {
		return TenantScope.asSystem("test", () -> jdbc.sql(
				"select count(*) from event_session_choice where participant_id = :seat")
			.param("seat", seat).query(Integer.class).single());
	}

	private ChoiceGroup group(int maxChoices) {
		return summit.groups().stream().filter(group -> group.maxChoices() == maxChoices).findFirst().orElseThrow();
	}
}
