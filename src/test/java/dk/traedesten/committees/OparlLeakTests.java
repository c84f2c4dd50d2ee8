package dk.traedesten.committees;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.TestNames;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.DemoData;
import net.fortuna.ical4j.data.CalendarBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Closed items and drafts never reach the public through OParl or iCal: a closed item is there by number and title
 * only, with no case (paper, consultation) and no file; a draft item and a meeting without a published agenda are not
 * there at all; a decision shows once the minutes are published.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OparlLeakTests {

	static final String CLOSED_CASE = "17.01.00-G01-8-26";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CommitteeAdministration administration;

	@Autowired
	ItemPapers papers;

	UUID openPaper;

	UUID closedPaper;

	UUID draftPaper;

	@Autowired
	CommitteeRemovals removals;

	String word;

	UUID committee;

	UUID meeting;

	UUID openItem;

	UUID closedItem;

	UUID draftItem;

	UUID openFile;

	UUID closedFile;

	UUID unpublishedMeeting;

	@BeforeEach
	void aPublishedMeetingWithAnOpenAClosedAndADraftItem() {
		word = TestNames.unique();
		TenantScope.asTenant(DemoData.HERNING, "test", () -> {
			committee = administration.addCommittee("Udvalget " + word, "");
			meeting = administration.addMeeting(committee, LocalDate.of(2026, 3, 4), LocalTime.of(16, 0), "Teams");
			openItem = item(1, "Skolevej " + word + "aaben", "17.01.00-G01-9-26", true);
			closedItem = item(2, "Personalesag " + word + "lukket", CLOSED_CASE, false);
			draftItem = item(3, "Kladde " + word + "kladde", "17.01.00-G01-7-26", true);
			openPaper = papers.add(openItem, "17.01.00-G01-11-26", "Sag " + word + "aabensag");
			closedPaper = papers.add(closedItem, "17.01.00-G01-12-26", "Sag " + word + "lukketsag");
			draftPaper = papers.add(draftItem, "17.01.00-G01-13-26", "Sag " + word + "kladdesag");
			openFile = administration.addAttachment(openItem, "aaben.pdf", "application/pdf", pdf());
			closedFile = administration.addAttachment(closedItem, "lukket" + word + ".pdf", "application/pdf", pdf());
			administration.markReady(openItem);
			administration.markReady(closedItem);
			administration.publishAgenda(meeting);
			unpublishedMeeting = administration.addMeeting(committee, LocalDate.of(2026, 4, 1), LocalTime.of(16, 0),
					"Rådhuset " + word + "skjult");
			return null;
		});
	}

	@Test
	void everyListShowsTheClosedItemByTitleOnlyAndNoDraft() {
		String everything = everything();
		assertThat(everything).contains(word + "aaben", word + "lukket", "aaben.pdf", "17.01.00-G01-9-26",
				word + "aabensag", "17.01.00-G01-11-26", openPaper.toString())
			.doesNotContain(CLOSED_CASE, "lukket" + word + ".pdf", word + "kladde", word + "skjult",
					unpublishedMeeting.toString(), draftItem.toString(), closedFile.toString(), word + "lukketsag",
					"17.01.00-G01-12-26", closedPaper.toString(), "17.01.00-G01-13-26", draftPaper.toString());
	}

	@Test
	void theClosedItemHasNoCaseNoFileAndTheDraftAndUnpublishedMeetingAreNotFound() {
		OparlClient client = new OparlClient(mvc);
		Map<String, Object> closed = client.object(OparlClient.SYSTEM + "/agendaItem/" + closedItem);
		assertThat(closed).containsEntry("public", false).doesNotContainKey("consultation");
		assertThat((List<?>) closed.get("auxiliaryFile")).isEmpty();
		for (String path : List.of("/paper/" + closedItem, "/consultation/" + closedItem, "/file/" + closedFile,
				"/agendaItem/" + draftItem, "/paper/" + draftItem, "/meeting/" + unpublishedMeeting,
				"/paper/" + closedPaper, "/consultation/" + closedPaper, "/paper/" + draftPaper,
				"/consultation/" + draftPaper)) {
			assertThat(client.get(OparlClient.SYSTEM + path)).as(path).hasStatus(404);
		}
		Map<String, Object> file = client.object(OparlClient.SYSTEM + "/file/" + openFile);
		assertThat(OparlSchema.check(file)).isEqualTo("File");
		assertThat(client.get((String) file.get("accessUrl"))).hasStatusOk();
		assertThat(OparlSchema.check(client.object(OparlClient.SYSTEM + "/paper/" + openItem))).isEqualTo("Paper");
		assertThat(OparlSchema.check(client.object(OparlClient.SYSTEM + "/paper/" + openPaper))).isEqualTo("Paper");
	}

	@Test
	void theCasesOfAClosedOrDraftItemNeverShowOnThePublicItemPage() {
		assertThat(OparlClient.text(mvc.get().uri("/udvalg/punkter/" + openItem).exchange())).contains(word + "aabensag");
		assertThat(OparlClient.text(mvc.get().uri("/udvalg/punkter/" + closedItem).exchange()))
			.doesNotContain(word + "lukketsag", "17.01.00-G01-12-26");
		assertThat(mvc.get().uri("/udvalg/punkter/" + draftItem)).hasStatus(404);
	}

	@Test
	void aDecisionShowsOnceTheMinutesArePublished() {
		String decision = word + "beslutning";
		TenantScope.asTenant(DemoData.HERNING, "test", () -> {
			administration.decide(openItem, Decision.amended("Udsat til " + decision));
			administration.decide(closedItem, Decision.amended("Lukket " + decision + "lukket"));
			return null;
		});
		assertThat(everything()).doesNotContain(decision);
		TenantScope.asTenant(DemoData.HERNING, "test", () -> {
			administration.publishMinutes(meeting);
			return null;
		});
		assertThat(everything()).contains("Udsat til " + decision).doesNotContain(decision + "lukket");
	}

	@Test
	void theCalendarHasThePublishedMeetingOnly() throws Exception {
		String feed = OparlClient.text(mvc.get().uri("/udvalg/" + committee + "/kalender.ics").exchange());
		var calendar = new CalendarBuilder().build(new java.io.StringReader(feed));
		assertThat(calendar.getComponents("VEVENT")).hasSize(1);
		assertThat(feed).contains(meeting.toString()).doesNotContain(unpublishedMeeting.toString(), word + "skjult");
	}

	@Test
	void aWithdrawnItemIsATombstoneInOparlAndItsContentIsGoneFromEveryChannel() throws Exception {
		String since = java.time.OffsetDateTime.now().minusMinutes(1).toString();
		TenantScope.asTenant(DemoData.HERNING, "test", () -> removals.withdrawItem(openItem));
		OparlClient client = new OparlClient(mvc);
		for (String kind : List.of("agendaItem", "paper", "consultation")) {
			Map<String, Object> tombstone = client.object(OparlClient.SYSTEM + "/" + kind + "/" + openItem);
			assertThat(tombstone).as(kind).containsEntry("deleted", true)
				.containsEntry("id", OparlClient.SYSTEM + "/" + kind + "/" + openItem)
				.containsKey("modified").doesNotContainKeys("name", "reference", "meeting");
			OparlSchema.check(tombstone);
		}
		assertThat(client.object(OparlClient.SYSTEM + "/file/" + openFile)).containsEntry("deleted", true)
			.doesNotContainKeys("name", "fileName", "accessUrl");
		// An incremental client learns of the removal; the full lists simply leave the item out.
		String body = OparlClient.SYSTEM + "/body/" + DemoData.HERNING;
		String encoded = java.net.URLEncoder.encode(since, StandardCharsets.UTF_8);
		for (String list : List.of("agendaItem", "paper", "consultation", "file")) {
			assertThat(client.all(body + "/" + list + "?modified_since=" + encoded)).as(list)
				.anySatisfy(o -> assertThat(o).containsEntry("deleted", true).extractingByKey("id").asString()
					.endsWith(list.equals("file") ? openFile.toString() : openItem.toString()));
		}
		assertThat(client.all(body + "/meeting?modified_since=" + encoded)).as("the meeting changed with it")
			.anySatisfy(o -> assertThat(o.get("id")).isEqualTo(OparlClient.SYSTEM + "/meeting/" + meeting));
		assertThat(everything()).doesNotContain(word + "aaben", openItem.toString(),
				openFile.toString());
		// The public pages, the search, the file, the PDF and the calendar.
		assertThat(mvc.get().uri("/udvalg/punkter/" + openItem).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/udvalg/bilag/" + openFile).exchange()).hasStatus(404);
		assertThat(OparlClient.text(mvc.get().uri("/udvalg/moeder/" + meeting).exchange())).doesNotContain(word + "aaben");
		assertThat(OparlClient.text(mvc.get().uri("/udvalg/soeg").param("q", "Skolevej " + word + "aaben").exchange()))
			.doesNotContain("/udvalg/punkter/" + openItem);
		var agenda = mvc.get().uri("/udvalg/moeder/" + meeting + "/dagsorden.pdf").exchange();
		try (var document = org.apache.pdfbox.Loader.loadPDF(agenda.getResponse().getContentAsByteArray())) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("-?\\R", ""))
				.doesNotContain(word + "aaben", "17.01.00-G01-9-26").contains(word + "lukket");
		}
		assertThat(OparlClient.text(mvc.get().uri("/udvalg/" + committee + "/kalender.ics").exchange()))
			.doesNotContain(word + "aaben");
	}

	@Test
	void aDeletedMeetingAndARemovedFileAreTombstonesAndWhatWasNeverPublicLeavesNone() {
		TenantScope.asTenant(DemoData.HERNING, "test", () -> {
			removals.removeAttachment(openFile);
			removals.deleteMeeting(unpublishedMeeting);
			administration.cancel(meeting);
			removals.deleteMeeting(meeting);
			return null;
		});
		OparlClient client = new OparlClient(mvc);
		assertThat(client.object(OparlClient.SYSTEM + "/meeting/" + meeting)).containsEntry("deleted", true)
			.doesNotContainKeys("name", "agendaItem");
		assertThat(client.object(OparlClient.SYSTEM + "/file/" + openFile)).containsEntry("deleted", true);
		assertThat(client.object(OparlClient.SYSTEM + "/agendaItem/" + closedItem)).containsEntry("deleted", true);
		// Never public, so nothing is left to announce: no tombstone, just 404.
		for (String path : List.of("/meeting/" + unpublishedMeeting, "/agendaItem/" + draftItem, "/file/" + closedFile)) {
			assertThat(client.get(OparlClient.SYSTEM + path)).as(path).hasStatus(404);
		}
		assertThat(mvc.get().uri("/udvalg/moeder/" + meeting).exchange()).hasStatus(404);
	}

	/** Every list of Herning's body, all pages, as one text to search for what must not be there. */
	private String everything() {
		OparlClient client = new OparlClient(mvc);
		StringBuilder text = new StringBuilder();
		for (String list : OparlApiTests.LISTS) {
			String url = OparlClient.SYSTEM + "/body/" + DemoData.HERNING + "/" + list;
			text.append(OparlClient.text(client.get(url + "?limit=100")));
			client.all(url).forEach(object -> text.append(object));
		}
		return text.toString();
	}

	private UUID item(int number, String title, String caseNumber, boolean open) {
		UUID id = administration.addItem(meeting, "AGENDA_ITEM", title);
		administration.updateItem(id, new ItemDraft(number, title, caseNumber, "", "Sagsbehandler", List.of(),
				List.of("BFU"), null, open, List.of(new Section(SectionKind.SUMMARY, title + " tekst"),
						new Section(SectionKind.PRESENTATION, ""), new Section(SectionKind.RECOMMENDATION, ""))));
		return id;
	}

	private static byte[] pdf() {
		return "%PDF-1.4\n% test\n".getBytes(StandardCharsets.US_ASCII);
	}
}
