package dk.traedesten.trials.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.traedesten.trials.DueKind;
import dk.traedesten.trials.TrialState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrialOverviewsTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

	@Autowired
	TrialOverviews overviews;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	TrialFixture fixture;

	@BeforeAll
	void createTheFixture() {
		fixture = TrialFixture.create(jdbc, TODAY);
	}

	@AfterAll
	void removeTheFixture() {
		fixture.close();
	}

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	private Viewer as(String email) {
		return Viewer.of(SignedIn.as(accounts, email));
	}

	private String key(UUID id) {
		return fixture.trials.entrySet().stream().filter(e -> e.getValue().equals(id)).map(e -> e.getKey())
			.findFirst().orElse("other");
	}

	private List<MyTrial> mine(String email) {
		return overviews.mine(as(email), TODAY).stream().filter(t -> t.title().endsWith(fixture.tag)).toList();
	}

	@Test
	void listsAStaffMembersOwnTrialsDraftsFirstWithTheNextDate() {
		assertThat(mine(TrialFixture.STAFF)).extracting(t -> key(t.id()), MyTrial::state, MyTrial::nextDueOn)
			.containsExactly(tuple("draft", TrialState.DRAFT, TODAY.plusDays(30)),
					tuple("running", TrialState.RUNNING, TODAY.minusDays(5)),
					tuple("submitted", TrialState.SUBMITTED, null));
	}

	@Test
	void listsTheTrialsOfAPersonsUnitsAndThoseTheyTakePartIn() {
		assertThat(mine(TrialFixture.LEADER)).extracting(t -> key(t.id()))
			.containsExactly("draft", "running", "submitted");
		assertThat(mine(TrialFixture.PSYCHOLOGIST)).extracting(t -> key(t.id()))
			.as("PPR's drafts, their own, and the running trial they are a participant of")
			.containsExactly("draft", "foreign-draft", "running", "reported", "agreed", "review", "selected");
		assertThat(mine(TrialFixture.COORDINATOR)).as("seeing submitted trials does not make them one's own").isEmpty();
	}

	@Test
	void showsALeaderTheApplicationsTheirUnitsHaveNotApprovedOrConfirmed() {
		assertThat(overviews.awaitingApproval(as(TrialFixture.LEADER)))
			.filteredOn(a -> a.title().endsWith(fixture.tag))
			.extracting(a -> key(a.trialId()), PendingApproval::unitName, PendingApproval::confirmation)
			.containsExactly(tuple("draft", "Strandengens Skole", false), tuple("submitted", "Strandengens Skole", false));
		assertThat(overviews.awaitingApproval(as(TrialFixture.DAYCARE_LEADER)))
			.filteredOn(a -> a.title().endsWith(fixture.tag))
			.extracting(a -> key(a.trialId()), PendingApproval::unitName)
			.containsExactly(tuple("submitted", "Børnehuset Mågereden"));
		assertThat(overviews.awaitingApproval(as(TrialFixture.STAFF))).as("staff lead no unit").isEmpty();
	}

	@Test
	void countsTheCoordinatorsCallByStateWithoutAnyonesDrafts() {
		CallSummary call = overviews.calls(as(TrialFixture.COORDINATOR)).stream()
			.filter(c -> c.id().equals(fixture.callId))
			.findFirst()
			.orElseThrow();
		assertThat(call.count(TrialState.DRAFT)).isZero();
		assertThat(call.count(TrialState.SUBMITTED)).isOne();
		assertThat(call.count(TrialState.IN_REVIEW)).isOne();
		assertThat(call.count(TrialState.RUNNING)).isOne();
		assertThat(call.selected()).as("selected, agreed, running and reported").isEqualTo(4);
		assertThat(call.targetCount()).isEqualTo(5);
		assertThat(overviews.calls(as(TrialFixture.COORDINATOR))).extracting(CallSummary::id)
			.doesNotContain(fixture.foreignCallId);
	}

	@Test
	void listsWhatIsDueSoonestFirstWithOverdueItemsOnTop() {
		assertThat(overviews.due(as(TrialFixture.COORDINATOR), TODAY))
			.filteredOn(d -> d.title().endsWith(fixture.tag))
			.extracting(d -> key(d.trialId()), DueItem::kind, DueItem::daysLeft, DueItem::overdue)
			.containsExactly(tuple("running", DueKind.STATUS, -5L, true),
					tuple("reported", DueKind.EVALUATION, 10L, false),
					tuple("agreed", DueKind.BASELINE, 14L, false),
					tuple("agreed", DueKind.STATUS, 200L, false),
					tuple("running", DueKind.EVALUATION, 200L, false),
					tuple("agreed", DueKind.EVALUATION, 300L, false));
	}

	@Test
	void givesTheCommitteeTheApplicationsSentToReview() {
		assertThat(overviews.inReview(as(TrialFixture.COMMITTEE))).filteredOn(t -> t.title().endsWith(fixture.tag))
			.extracting(t -> key(t.id()))
			.as("the committee reads from review on, not what is merely submitted")
			.containsExactly("review");
		assertThat(overviews.inReview(as(TrialFixture.STAFF))).filteredOn(t -> t.title().endsWith(fixture.tag))
			.extracting(t -> key(t.id()))
			.as("staff see only their own there").containsExactly("submitted");
	}

	@Test
	void offersTheCallsThatAreOpenToday() {
		SignedIn.as(accounts, TrialFixture.STAFF);
		assertThat(overviews.openCalls(TODAY)).extracting(OpenCall::id).contains(fixture.callId)
			.doesNotContain(fixture.foreignCallId);
		assertThat(overviews.openCalls(TODAY.plusDays(31))).extracting(OpenCall::id).doesNotContain(fixture.callId);
	}
}
