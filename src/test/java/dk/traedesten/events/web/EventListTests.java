package dk.traedesten.events.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import dk.traedesten.events.EventFormat;
import dk.traedesten.events.EventKind;
import dk.traedesten.events.EventPlanning;
import dk.traedesten.events.NewEvent;
import dk.traedesten.events.Organiser;
import dk.traedesten.events.PriceList;
import dk.traedesten.platform.tenancy.TenantScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The public list of events: coming ones apart from past ones, drafts nowhere. */
@SpringBootTest
@AutoConfigureMockMvc
class EventListTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EventPlanning planning;

	@Test
	void comingEventsComeBeforePastOnesAndADraftIsNotListed() throws Exception {
		String stamp = Long.toString(System.nanoTime());
		String comingTitle = "Netværksdag om mellemformer " + stamp;
		String draftTitle = "Udkast til temamøde " + stamp;
		UUID coming = plan("netvaerksdag-" + stamp, comingTitle);
		plan("udkast-" + stamp, draftTitle);
		TenantScope.asTenant(336, "arrangoer@stevns.demo", () -> {
			planning.publish(coming);
			return null;
		});

		String page = mvc.get().uri("/arrangementer").exchange().assertThat().hasStatusOk().actual().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		int comingHeading = page.indexOf("Kommende arrangementer");
		int pastHeading = page.indexOf("Afholdte arrangementer");
		assertThat(page.indexOf(comingTitle)).isBetween(comingHeading, pastHeading);
		assertThat(page.indexOf("KL&#39;s Børn &amp; Unge Topmøde 2021")).isGreaterThan(pastHeading);
		assertThat(page).contains("/arrangementer/netvaerksdag-" + stamp).doesNotContain(draftTitle);
	}

	private UUID plan(String slug, String title) {
		LocalDateTime start = LocalDateTime.now().plusYears(1).withHour(9).withMinute(0).withSecond(0).withNano(0);
		return TenantScope.asTenant(336, "arrangoer@stevns.demo", () -> planning.plan(
				new NewEvent(slug, EventKind.NETWORK_DAY, title, "", Organiser.municipality(336, "Stevns"), start,
						start.plusHours(6), EventFormat.IN_PERSON, "Rådhuset, Store Heddinge", "", ""),
				List.of(), List.of(), PriceList.free()));
	}
}
