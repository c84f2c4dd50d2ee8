package dk.traedesten.committees;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
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
 * Closed items and drafts never reach the public: not through the meeting page, the item page, the files or the
 * search, neither for anonymous visitors nor for a signed-in secretary of the same municipality, who sees the drafts
 * on the administration pages only. A decision is public once the minutes are.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicAgendaLeakTests {

	static final String SECRETARY = "admin@herning.demo";

	static final String CLOSED_CASE = "17.01.00-G01-8-26";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CommitteeAdministration administration;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	DemoData demo;

	String word;

	UUID meeting;

	UUID openItem;

	UUID closedItem;

	UUID draftItem;

	UUID closedFile;

	UUID openFile;

	UUID unpublishedMeeting;

	@BeforeEach
	void aPublishedMeetingWithAnOpenAClosedAndADraftItem() {
		demo = new DemoData(jdbc, accounts);
		word = TestNames.unique();
		TenantScope.asTenant(DemoData.HERNING, "test", () -> {
			UUID committee = administration.addCommittee("Udvalget " + word, "");
			meeting = administration.addMeeting(committee, LocalDate.of(2026, 3, 4), LocalTime.of(16, 0), "Teams");
			openItem = item("Skolevej " + word + "aaben", "Trafiksikkerhed ved skolerne " + word + "aabentekst", true);
			closedItem = item("Personalesag " + word + "lukket", "Fortroligt: " + word + "lukkettekst", false);
			draftItem = administration.addItem(meeting, "AGENDA_ITEM", "Kladde " + word + "kladde");
			administration.updateItem(draftItem, draft(3, "Kladde " + word + "kladde", word + "kladdetekst", true));
			openFile = administration.addAttachment(openItem, "aaben.pdf", "application/pdf", pdf());
			closedFile = administration.addAttachment(closedItem, "lukket.pdf", "application/pdf", pdf());
			administration.markReady(openItem);
			administration.markReady(closedItem);
			administration.publishAgenda(meeting);
			unpublishedMeeting = administration.addMeeting(committee, LocalDate.of(2026, 4, 1), LocalTime.of(16, 0),
					"Rådhuset");
			return null;
		});
	}

	@Test
	void theMeetingPageShowsAClosedItemByTitleOnlyAndNoDraft() {
		for (String visitor : visitors()) {
			String page = body(get("/udvalg/moeder/" + meeting, visitor));
			assertThat(page).contains(word + "aaben", word + "lukket").doesNotContain(word + "lukkettekst",
					CLOSED_CASE, word + "kladde");
		}
	}

	@Test
	void aClosedItemsOwnPageHasNoTextAndADraftHasNoPage() {
		for (String visitor : visitors()) {
			String closed = body(get("/udvalg/punkter/" + closedItem, visitor));
			assertThat(closed).contains(word + "lukket").doesNotContain(word + "lukkettekst", "lukket.pdf", CLOSED_CASE);
			assertThat(body(get("/udvalg/punkter/" + openItem, visitor))).contains(word + "aabentekst", "aaben.pdf");
			assertThat(get("/udvalg/punkter/" + draftItem, visitor)).hasStatus(404);
		}
	}

	@Test
	void onlyTheOpenItemsFileCanBeDownloaded() {
		for (String visitor : visitors()) {
			assertThat(get("/udvalg/bilag/" + openFile, visitor)).hasStatusOk();
			assertThat(get("/udvalg/bilag/" + closedFile, visitor)).hasStatus(404);
		}
	}

	@Test
	void theSearchFindsOpenTextAndNeverClosedOrDraftText() {
		// The titles as a hit shows them: the search words themselves are echoed in the search field.
		for (String visitor : visitors()) {
			assertThat(body(get("/udvalg/soeg?q=" + word + "aabentekst", visitor))).contains("Skolevej " + word + "aaben");
			assertThat(body(get("/udvalg/soeg?q=" + word + "lukkettekst", visitor)))
				.doesNotContain("Personalesag " + word + "lukket");
			assertThat(body(get("/udvalg/soeg?q=" + word + "kladdetekst", visitor))).doesNotContain("Kladde " + word);
			assertThat(body(get("/udvalg/soeg?q=" + word + "kladde", visitor))).doesNotContain("Kladde " + word);
			assertThat(body(get("/udvalg/soeg?q=" + CLOSED_CASE, visitor))).doesNotContain("Personalesag " + word);
		}
	}

	@Test
	void aMeetingWithoutAPublishedAgendaIsNotThere() {
		for (String visitor : visitors()) {
			assertThat(get("/udvalg/moeder/" + unpublishedMeeting, visitor)).hasStatus(404);
		}
	}

	@Test
	void aDecisionIsPublicOnlyOnceTheMinutesAre() {
		String decision = word + "beslutning";
		TenantScope.asTenant(DemoData.HERNING, "test", () -> {
			administration.decide(openItem, Decision.amended("Udsat til " + decision));
			administration.decide(closedItem, Decision.amended("Lukket " + decision + "lukket"));
			return null;
		});
		assertThat(body(get("/udvalg/moeder/" + meeting, null))).doesNotContain(decision);
		assertThat(body(get("/udvalg/soeg?q=" + decision, null))).doesNotContain(word + "aaben");
		TenantScope.asTenant(DemoData.HERNING, "test", () -> {
			administration.publishMinutes(meeting);
			return null;
		});
		String minutes = body(get("/udvalg/moeder/" + meeting, null));
		assertThat(minutes).contains("Udsat til " + decision).doesNotContain(decision + "lukket");
		assertThat(body(get("/udvalg/soeg?q=" + decision, null))).contains(word + "aaben");
	}

	@Test
	void theAgendaAndMinutesPdfsShowAClosedItemByTitleOnlyAndNoDraft() throws Exception {
		TenantScope.asTenant(DemoData.HERNING, "test", () -> {
			administration.decide(openItem, Decision.amended("Udsat til " + word + "pdfbeslutning"));
			administration.decide(closedItem, Decision.amended("Lukket " + word + "pdflukket"));
			return null;
		});
		for (String visitor : visitors()) {
			String agenda = pdfText(get("/udvalg/moeder/" + meeting + "/dagsorden.pdf", visitor));
			assertThat(agenda).contains(word + "aaben", word + "aabentekst", word + "lukket")
				.doesNotContain(word + "lukkettekst", CLOSED_CASE, word + "kladde", word + "pdfbeslutning");
			assertThat(get("/udvalg/moeder/" + meeting + "/referat.pdf", visitor)).as("no minutes yet").hasStatus(404);
			assertThat(get("/udvalg/moeder/" + unpublishedMeeting + "/dagsorden.pdf", visitor)).hasStatus(404);
		}
		TenantScope.asTenant(DemoData.HERNING, "test", () -> {
			administration.publishMinutes(meeting);
			return null;
		});
		String minutes = pdfText(get("/udvalg/moeder/" + meeting + "/referat.pdf", null));
		assertThat(minutes).contains("Udsat til " + word + "pdfbeslutning", word + "lukket")
			.doesNotContain(word + "pdflukket", word + "lukkettekst", word + "kladde");
	}

	private static String pdfText(MvcTestResult result) throws java.io.IOException {
		assertThat(result).hasStatusOk().hasContentType(org.springframework.http.MediaType.APPLICATION_PDF);
		try (var document = org.apache.pdfbox.Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			// Long words may be broken over lines; the checks look for whole words.
			return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("-?\\R", "");
		}
	}

	@Test
	void aVoteIsRecordedWithTheDecisionAndPublicOnlyWithTheMinutesOfAnOpenItem() {
		String note = "Et mindretal (Ø) kunne ikke tiltræde " + word + "mindretal";
		MvcTestResult refused = decide(openItem, "A (3): for\nØ stemte imod", note);
		assertThat(body(refused)).contains("Linje 2 i afstemningen kan ikke læses");
		assertThat(TenantScope.asTenant(DemoData.HERNING, "test", () -> administration.voting(openItem)).isEmpty())
			.as("nothing saved").isTrue();

		assertThat(decide(openItem, "A (3): for\nV (2): for\nØ: imod", note)).hasStatus3xxRedirection();
		assertThat(decide(closedItem, "A (3): for\nØ: imod", "Lukket " + word + "lukketmindretal"))
			.hasStatus3xxRedirection();
		Voting stored = TenantScope.asTenant(DemoData.HERNING, "test", () -> administration.voting(openItem));
		assertThat(stored.seats(VoteChoice.FOR)).isEqualTo(5);
		assertThat(stored.voters(VoteChoice.AGAINST)).isEqualTo("Ø");
		assertThat(body(get("/udvalg/punkter/" + openItem, null))).doesNotContain(word + "mindretal", "For (5 stemmer)");

		TenantScope.asTenant(DemoData.HERNING, "test", () -> {
			administration.publishMinutes(meeting);
			return null;
		});
		for (String visitor : visitors()) {
			assertThat(body(get("/udvalg/punkter/" + openItem, visitor))).contains("For (5 stemmer)", "A (3), V (2)",
					"Imod (1 stemme)", word + "mindretal");
			assertThat(body(get("/udvalg/punkter/" + closedItem, visitor))).doesNotContain(word + "lukketmindretal",
					"stemmer");
		}
	}

	private MvcTestResult decide(UUID item, String votes, String note) {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/udvalg/administration/punkter/" + item + "/beslutning")
			.with(demo.as(SECRETARY))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("asRecommended", "true").param("votes", votes).param("minorityNote", note));
	}

	@Test
	void theSecretarySeesTheDraftOnTheAdministrationPage() {
		assertThat(body(get("/udvalg/administration/moeder/" + meeting, SECRETARY))).contains(word + "kladde",
				word + "lukket");
	}

	private UUID item(String title, String text, boolean open) {
		UUID id = administration.addItem(meeting, "AGENDA_ITEM", title);
		int number = open ? 1 : 2;
		administration.updateItem(id, draft(number, title, text, open));
		if (!open) {
			AgendaItem stored = administration.item(id).orElseThrow();
			administration.updateItem(id, new ItemDraft(number, title, CLOSED_CASE, "", "Sagsbehandler", List.of(),
					List.of("BFU"), null, false, stored.sections()));
		}
		return id;
	}

	private static ItemDraft draft(int number, String title, String text, boolean open) {
		return new ItemDraft(number, title, "17.01.00-G01-9-26", "", "Sagsbehandler", List.of(), List.of("BFU"), null, open,
				List.of(new Section(SectionKind.SUMMARY, text), new Section(SectionKind.PRESENTATION, ""),
						new Section(SectionKind.RECOMMENDATION, "")));
	}

	private static byte[] pdf() {
		return "%PDF-1.4\n% test\n".getBytes(StandardCharsets.US_ASCII);
	}

	private static List<String> visitors() {
		return java.util.Arrays.asList(null, SECRETARY, "admin@kk.demo");
	}

	private MvcTestResult get(String uri, String visitor) {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(uri);
		if (visitor != null) {
			request.with(demo.as(visitor));
		}
		return mvc.perform(request);
	}

	private static String body(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
