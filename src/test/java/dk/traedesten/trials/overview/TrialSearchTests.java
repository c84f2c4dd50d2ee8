package dk.traedesten.trials.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dk.traedesten.organisation.UnitKind;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.trials.Outcome;
import dk.traedesten.trials.TrialAccess;
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
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrialSearchTests {

	@Autowired
	TrialSearch search;

	@Autowired
	TrialAccess access;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	TransactionTemplate transactions;

	TrialFixture fixture;

	@BeforeAll
	void createTheFixture() {
		fixture = TrialFixture.create(jdbc, LocalDate.now());
	}

	@AfterAll
	void removeTheFixture() {
		fixture.close();
	}

	@AfterEach
	void signOut() {
		SignedIn.out();
	}

	/** The fixture keys of the trials a person finds with these criteria, within the fixture's call. */
	private List<String> found(String email, TrialSearchCriteria criteria) {
		Viewer viewer = Viewer.of(SignedIn.as(accounts, email));
		SearchResult result = search.search(viewer, criteria.withCall(fixture.callId));
		assertThat(result.total()).as("the count agrees with the hits").isEqualTo(result.hits().size());
		return result.hits().stream().map(hit -> key(hit.id())).toList();
	}

	private String key(UUID id) {
		return fixture.trials.entrySet().stream().filter(e -> e.getValue().equals(id)).map(e -> e.getKey())
			.findFirst().orElse("other");
	}

	private static TrialSearchCriteria text(String text) {
		return new TrialSearchCriteria(text, null, null, null, null, null, null, null, 1);
	}

	@Test
	void findsAWordInAnotherInflectionThroughDanishStemming() {
		// "venskab" is written; neither a prefix nor a substring match could find it from "venskaber".
		assertThat(found(TrialFixture.STAFF, text("venskaber"))).containsExactly("draft");
		assertThat(found(TrialFixture.STAFF, text("Venskab"))).containsExactly("draft");
	}

	@Test
	void findsHyphenatedTermsAndPartsOfWords() {
		assertThat(found(TrialFixture.COORDINATOR, text("co-teach"))).containsExactly("submitted");
		assertThat(found(TrialFixture.COORDINATOR, text("CO-TEACHING"))).containsExactly("submitted");
		assertThat(found(TrialFixture.STAFF, text("frikvart"))).containsExactly("draft");
		assertThat(found(TrialFixture.STAFF, text("kvarter"))).as("the middle of a word").containsExactly("draft");
		assertThat(found(TrialFixture.COORDINATOR, text("fravær udskolingen"))).as("all words, in any field")
			.containsExactly("review");
	}

	@Test
	void treatsSearchSyntaxAndWildcardsAsPlainText() {
		assertThat(found(TrialFixture.COORDINATOR, text("%"))).isEmpty();
		assertThat(found(TrialFixture.COORDINATOR, text("!:* & |"))).isEmpty();
		assertThat(TrialSearch.prefixQuery("co-teach & fravær")).isEqualTo("co:* & teach:* & fravær:*");
	}

	@Test
	void filtersByStateCallUnitKindOutcomeAndAgeGroup() {
		String coordinator = TrialFixture.COORDINATOR;
		assertThat(found(coordinator, TrialSearchCriteria.none())).containsExactlyInAnyOrder("submitted", "review",
				"running", "reported", "agreed", "selected");
		assertThat(found(coordinator, criteria(TrialState.RUNNING, null, null, null, null))).containsExactly("running");
		UUID klinten = fixture.unit("Klub Klinten");
		assertThat(found(coordinator, criteria(null, klinten, null, null, null))).containsExactly("running");
		assertThat(found(coordinator, criteria(null, null, UnitKind.DAYCARE, null, null)))
			.containsExactlyInAnyOrder("submitted", "reported", "agreed");
		assertThat(found(coordinator, criteria(null, null, null, Outcome.ACADEMIC, null)))
			.containsExactlyInAnyOrder("running", "selected");
		assertThat(found(coordinator, criteria(null, null, null, null, AgeGroup.YOUTH))).containsExactly("review");
		assertThat(found(coordinator, criteria(null, null, null, null, AgeGroup.PRESCHOOL)))
			.containsExactlyInAnyOrder("submitted", "reported", "agreed");
		assertThat(found(coordinator, criteria(null, null, UnitKind.DAYCARE, Outcome.WELL_BEING, AgeGroup.PRESCHOOL)))
			.containsExactlyInAnyOrder("submitted", "agreed");
	}

	private static TrialSearchCriteria criteria(TrialState state, UUID unit, UnitKind kind, Outcome outcome,
			AgeGroup age) {
		return new TrialSearchCriteria(null, state, null, unit, kind, outcome, age, null, 1);
	}

	@Test
	void sortsByTitleAndInLifecycleOrder() {
		String coordinator = TrialFixture.COORDINATOR;
		assertThat(found(coordinator, new TrialSearchCriteria(null, null, null, null, null, null, null, TrialSort.TITLE, 1)))
			.containsExactly("agreed", "submitted", "running", "reported", "review", "selected");
		assertThat(found(coordinator, new TrialSearchCriteria(null, null, null, null, null, null, null, TrialSort.STATE, 1)))
			.containsExactly("submitted", "review", "selected", "agreed", "running", "reported");
	}

	@Test
	void pagesByTwentyFiveWithTheCountOfAllMatches() {
		UUID call = fixture.callWithApplications(27);
		Viewer viewer = Viewer.of(SignedIn.as(accounts, TrialFixture.COORDINATOR));
		TrialSearchCriteria byTitle = new TrialSearchCriteria(null, null, call, null, null, null, null, TrialSort.TITLE, 1);
		SearchResult first = search.search(viewer, byTitle);
		SearchResult second = search.search(viewer, byTitle.withPage(2));
		SearchResult beyond = search.search(viewer, byTitle.withPage(3));
		assertThat(first.total()).isEqualTo(27);
		assertThat(first.hits()).hasSize(25);
		assertThat(first.hits().get(0).title()).startsWith("Ansøgning 01");
		assertThat(first.pages()).isEqualTo(2);
		assertThat(first.hasNext()).isTrue();
		assertThat(second.hits()).extracting(TrialHit::title)
			.containsExactly("Ansøgning 26 " + fixture.tag, "Ansøgning 27 " + fixture.tag);
		assertThat(second.first()).isEqualTo(26);
		assertThat(second.hasNext()).isFalse();
		assertThat(beyond.hits()).isEmpty();
		assertThat(beyond.total()).isEqualTo(27);
	}

	@Test
	void showsEachPersonExactlyTheTrialsTrialAccessLetsThemRead() {
		List<UUID> all = new java.util.ArrayList<>(fixture.trials.values());
		all.add(fixture.foreignTrial);
		for (String email : fixture.people()) {
			Viewer viewer = Viewer.of(SignedIn.as(accounts, email));
			List<UUID> found = new java.util.ArrayList<>();
			for (UUID call : List.of(fixture.callId, fixture.foreignCallId)) {
				search.search(viewer, TrialSearchCriteria.none().withCall(call)).hits().forEach(hit -> found.add(hit.id()));
			}
			for (UUID trial : all) {
				assertThat(found.contains(trial)).as("%s finds %s", email, key(trial)).isEqualTo(access.canRead(trial));
			}
		}
	}

	@Test
	void keepsDraftsToTheirOwnPeopleAndOtherMunicipalitiesOut() {
		assertThat(found(TrialFixture.STAFF, TrialSearchCriteria.none())).containsExactlyInAnyOrder("draft",
				"submitted", "running");
		assertThat(found(TrialFixture.LEADER, TrialSearchCriteria.none())).containsExactlyInAnyOrder("draft",
				"submitted", "running");
		assertThat(found(TrialFixture.PSYCHOLOGIST, TrialSearchCriteria.none())).containsExactlyInAnyOrder("draft",
				"foreign-draft", "review", "running", "reported", "agreed", "selected");
		assertThat(found(TrialFixture.COMMITTEE, TrialSearchCriteria.none())).doesNotContain("draft", "foreign-draft");
		Viewer coordinator = Viewer.of(SignedIn.as(accounts, TrialFixture.COORDINATOR));
		assertThat(search.search(coordinator, text("Københavnsk")).hits()).extracting(TrialHit::title)
			.noneMatch(title -> title.contains(fixture.tag));
		assertThat(search.search(coordinator, TrialSearchCriteria.none().withCall(fixture.foreignCallId)).total())
			.isZero();
	}

	@Test
	void letsTheIndexLookupsReturnOnlyTheOwnMunicipalitysTrials() {
		String text = "select m.id from trial_text_matches(to_tsquery('danish', 'venskab:*'), :like) as m (id)";
		String kind = "select id from trial_unit_kind_matches('SCHOOL') as k (id) where id = :trial";
		String like = "%" + fixture.tag + "%";
		UUID draft = fixture.trials.get("draft");
		assertThat(TenantScope.asTenant(336, "test", () -> jdbc.sql(text).param("like", like).query(UUID.class).list()))
			.contains(draft).doesNotContain(fixture.foreignTrial);
		assertThat(TenantScope.asTenant(101, "test", () -> jdbc.sql(text).param("like", like).query(UUID.class).list()))
			.containsExactly(fixture.foreignTrial);
		assertThat(TenantScope.asTenant(101, "test", () -> jdbc.sql(kind).param("trial", draft).query(UUID.class).list()))
			.isEmpty();
		assertThat(TenantScope.asTenant(336, "test", () -> jdbc.sql(kind).param("trial", draft).query(UUID.class).list()))
			.containsExactly(draft);
	}

	@Test
	void answersTheTextSearchAndFiltersFromIndexes() {
		Viewer viewer = Viewer.of(SignedIn.as(accounts, TrialFixture.COORDINATOR));
		TrialSearchCriteria everything = new TrialSearchCriteria("venskaber", TrialState.DRAFT, null,
				fixture.unit("PPR Stevns"), UnitKind.SCHOOL, Outcome.FRIENDSHIPS, null, null, 1);
		// With the demo data's few hundred rows a sequential scan is cheaper, so the planner is told to prefer
		// indexes: the test is whether the query can use them at all (row-level security could prevent it).
		String plan = transactions.execute(status -> {
			jdbc.sql("set local enable_seqscan = off").update();
			return String.join("\n", search.explain(viewer, everything));
		});
		assertThat(plan).as(plan)
			.contains("trial_text_matches", "trial_unit_kind_matches", "trial_state_ix", "trial_unit_unit_ix", "trial_measure_trial_ix");
		// The functions' own query, as their owner would run it: both text indexes serve it.
		String inside = transactions.execute(status -> {
			jdbc.sql("set local role none").update();
			jdbc.sql("set local enable_seqscan = off").update();
			return String.join("\n", jdbc.sql("""
					explain select id from trial
					where traedesten_visible(municipality_code)
					  and (to_tsvector('danish', title || ' ' || intervention || ' ' || problem || ' ' || aim)
					       @@ to_tsquery('danish', 'venskab:*')
					       or (title || ' ' || intervention || ' ' || problem || ' ' || aim) ilike '%venskab%')""")
				.query(String.class).list());
		});
		assertThat(inside).as(inside).contains("trial_text_fts_ix", "trial_text_trgm_ix");
	}
}
