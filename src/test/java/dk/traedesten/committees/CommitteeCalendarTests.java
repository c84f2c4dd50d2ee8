package dk.traedesten.committees;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import dk.traedesten.TestNames;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.DemoData;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A committee's iCal feed, read back with ical4j as a calendar would read it. */
@SpringBootTest
@AutoConfigureMockMvc
class CommitteeCalendarTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CommitteeAdministration administration;

	@Test
	void eachPublishedMeetingIsOneEventInCopenhagenTimeAndACancelledOneSaysSo() throws Exception {
		String word = TestNames.unique();
		UUID[] ids = new UUID[3];
		TenantScope.asTenant(DemoData.HERNING, "test", () -> {
			UUID committee = administration.addCommittee("Udvalget " + word, "");
			ids[0] = committee;
			ids[1] = published(committee, LocalDate.of(2026, 7, 1), "Rådhuset, mødelokale 2");
			ids[2] = published(committee, LocalDate.of(2026, 12, 2), "Teams");
			administration.cancel(ids[2]);
			return null;
		});
		MvcTestResult result = mvc.get().uri("/udvalg/" + ids[0] + "/kalender.ics").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
		String feed = OparlClient.text(result);
		Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
		// ical4j knows Copenhagen as an alias of Berlin: the feed must name the zone its events use, and only that one.
		net.fortuna.ical4j.model.component.VTimeZone zone = calendar.getComponent("VTIMEZONE")
			.map(net.fortuna.ical4j.model.component.VTimeZone.class::cast).orElseThrow();
		assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Copenhagen");
		assertThat(feed).doesNotContain("Berlin");
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(2);
		VEvent summer = event(events, ids[1]);
		// 1 July is summer time: 16:00 in Copenhagen is 14:00 UTC.
		assertThat(summer.getDateTimeStart().getValue()).isEqualTo("20260701T160000");
		assertThat(summer.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Copenhagen");
		assertThat(summer.getDateTimeEnd().getValue()).isEqualTo("20260701T180000");
		assertThat(value(summer, Property.LOCATION)).isEqualTo("Rådhuset, mødelokale 2");
		assertThat(value(summer, Property.SUMMARY)).contains("Udvalget " + word);
		assertThat(value(summer, Property.URL)).isEqualTo("http://localhost:8080/udvalg/moeder/" + ids[1]);
		assertThat(summer.getProperty(Property.STATUS)).isEmpty();
		assertThat(value(event(events, ids[2]), Property.STATUS)).isEqualTo("CANCELLED");
		// The same meeting keeps its UID from one fetch to the next, so calendars update rather than duplicate.
		Calendar again = new CalendarBuilder().build(new StringReader(OparlClient.text(
				mvc.get().uri("/udvalg/" + ids[0] + "/kalender.ics").exchange())));
		assertThat(value(event(again.getComponents("VEVENT"), ids[1]), Property.UID)).isEqualTo(ids[1] + "@traedesten");
	}

	@Test
	void theCommitteePageLinksToItsFeedAndAnUnknownCommitteeHasNone() {
		MvcTestResult page = mvc.get().uri("/udvalg/" + firstCommittee()).exchange();
		assertThat(OparlClient.text(page)).contains("/udvalg/" + firstCommittee() + "/kalender.ics");
		assertThat(mvc.get().uri("/udvalg/" + UUID.randomUUID() + "/kalender.ics").exchange()).hasStatus(404);
	}

	private UUID firstCommittee() {
		return TenantScope.asTenant(DemoData.HERNING, "test", () -> administration.committees().get(0).id());
	}

	private UUID published(UUID committee, LocalDate on, String place) {
		UUID meeting = administration.addMeeting(committee, on, LocalTime.of(16, 0), place);
		UUID item = administration.addItem(meeting, "AGENDA_ITEM", "Punkt");
		administration.markReady(item);
		administration.publishAgenda(meeting);
		return meeting;
	}

	private static VEvent event(List<VEvent> events, UUID meeting) {
		return events.stream().filter(e -> value(e, Property.UID).equals(meeting + "@traedesten")).findFirst().orElseThrow();
	}

	private static String value(VEvent event, String property) {
		return event.getProperty(property).orElseThrow().getValue();
	}
}
