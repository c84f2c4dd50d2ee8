package dk.traedesten.trials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dk.traedesten.TestNames;
import dk.traedesten.organisation.UnitKind;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.strategy.ModelElement;
import dk.traedesten.trials.TrialTransitions.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application's way from draft to selection through the module's API, on the demo fixture. */
@SpringBootTest
class TrialApplicationTests {

	@Autowired
	TrialApplications applications;

	@Autowired
	TrialSelection selection;

	@Autowired
	TrialCalls calls;

	@Autowired
	TrialTransitions transitions;

	@Autowired
	JdbcClient jdbc;

	<T> T stevns(Supplier<T> work) {
		return TenantScope.asTenant(336, "test", work);
	}

	UUID person(String email) {
		return TenantScope.asSystem("test", () -> jdbc.sql("select id from person where email = :e").param("e", email)
			.query(UUID.class).single());
	}

	Actor actor(String email) {
		return new Actor(person(email), email);
	}

	TrialCall call(String title) {
		return stevns(() -> calls.all().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow());
	}

	List<String> mailsTo(String email, String subjectPart) {
		return TenantScope.asSystem("test", () -> jdbc.sql(
				"select body from mail_outbox where recipient = :r and subject like :s order by created_at")
			.param("r", email).param("s", "%" + subjectPart + "%").query(String.class).list());
	}

	UUID unit(String name) {
		return stevns(() -> applications.unitsOf(336).get(name));
	}

	@Test
	void theDemoCallHoldsApplicationsInEveryStateOfTheApplicationPart() {
		TrialCall past = call("Prøvehandlinger 2025–26");
		Map<TrialState, Long> states = stevns(() -> TenantScope.asTenant(336, "test", () -> jdbc
			.sql("select state, count(*) from trial where call_id = :c group by state").param("c", past.id())
			.query((rs, n) -> Map.entry(TrialState.valueOf(rs.getString(1)), rs.getLong(2))).list()))
			.stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(states).containsKeys(TrialState.DRAFT, TrialState.INELIGIBLE, TrialState.ELIGIBLE,
				TrialState.IN_REVIEW, TrialState.NOT_SELECTED);
		assertThat(states.values().stream().mapToLong(Long::longValue).sum()).isBetween(25L, 35L);
		assertThat(stevns(() -> selection.tally(past.id())).selected()).isBetween(14, 18);
		assertThat(past.closedOn(calls.today())).isTrue();
		assertThat(call("Prøvehandlinger 2026–27").openOn(calls.today())).isTrue();
	}

	@Test
	void aDraftWithAConfirmedAndApprovedPartnerIsFoundEligibleAndTheApplicantsAreTold() {
		TrialCall open = call("Prøvehandlinger 2026–27");
		Actor mette = actor("medarbejder@stevns.demo");
		UUID id = stevns(() -> applications.createDraft(open.id(), "Co-teaching i 2. klasse " + TestNames.unique(), mette));
		fillIn(id, open);
		UUID ppr = unit("PPR Stevns");
		stevns(() -> {
			applications.addUnit(id, ppr, "Skolepsykologen er med i planlægningen");
			return null;
		});
		assertThat(mailsTo("leder.ppr@stevns.demo", "Invitation")).isNotEmpty();
		assertThat(stevns(() -> applications.precheck(id))).extracting(EligibilityProblem::code)
			.containsExactlyInAnyOrder("not-confirmed", "approval-missing");
		assertThatThrownBy(() -> stevns(() -> {
			applications.confirm(id, ppr, mette);
			return null;
		})).isInstanceOf(TrialRefusedException.class);
		stevns(() -> {
			applications.confirm(id, ppr, actor("psykolog@stevns.demo"));
			applications.approve(id, unit("Strandengens Skole"), actor("leder@stevns.demo"));
			applications.approve(id, ppr, actor("leder.ppr@stevns.demo"));
			return null;
		});
		assertThatThrownBy(() -> stevns(() -> {
			applications.approve(id, ppr, actor("leder@stevns.demo"));
			return null;
		})).isInstanceOf(TrialRefusedException.class).hasMessageContaining("trials.approvals.error.not-leader");

		assertThat(stevns(() -> applications.submit(id, mette))).isEqualTo(TrialState.ELIGIBLE);

		assertThat(stevns(() -> transitions.timeline(id))).extracting(TrialTransitions.TimelineEntry::to)
			.containsExactly(TrialState.SUBMITTED, TrialState.ELIGIBLE);
		assertThat(mailsTo("medarbejder@stevns.demo", "opfylder kriterierne")).isNotEmpty();

		assertThat(stevns(() -> selection.startReview(id, actor("koordinator@stevns.demo")))).isEqualTo(TrialState.IN_REVIEW);
		int before = stevns(() -> selection.tally(open.id())).selected();
		assertThatThrownBy(() -> stevns(() -> selection.select(id, actor("koordinator@stevns.demo"), " ")))
			.isInstanceOf(TrialRefusedException.class);
		stevns(() -> selection.select(id, actor("koordinator@stevns.demo"), "Tydelig baseline og stærkt samarbejde."));
		assertThat(stevns(() -> selection.tally(open.id())).selected()).isEqualTo(before + 1);
		assertThat(mailsTo("medarbejder@stevns.demo", "er udvalgt")).anyMatch(body -> body.contains("Tydelig baseline"));
		assertThat(stevns(() -> applications.find(id)).orElseThrow().selectionReason())
			.isEqualTo("Tydelig baseline og stærkt samarbejde.");
	}

	@Test
	void anIncompleteApplicationIsFoundIneligibleWithEveryProblemAndCanBeReopened() {
		TrialCall open = call("Prøvehandlinger 2026–27");
		Actor mette = actor("medarbejder@stevns.demo");
		UUID id = stevns(() -> applications.createDraft(open.id(), "Tom ansøgning " + TestNames.unique(), mette));
		List<UUID> bearing = stevns(() -> applications.elementsOf(open)).stream().filter(ModelElement::bearing)
			.map(ModelElement::id).toList();

		assertThat(stevns(() -> applications.submit(id, mette))).isEqualTo(TrialState.INELIGIBLE);

		TrialApplication stored = stevns(() -> applications.find(id)).orElseThrow();
		assertThat(stored.eligibilityProblems()).extracting(EligibilityProblem::field)
			.contains("units", "intervention", "childPerspective", "childPerspectiveMethods", "aim", "measures",
					"changeIdeas", "approvals")
			.containsAll(bearing.stream().map(element -> "elements[" + element + "]").toList());
		assertThat(mailsTo("medarbejder@stevns.demo", "opfylder ikke")).anyMatch(body -> body.contains("Skriv målet"));
		assertThatThrownBy(() -> stevns(() -> {
			applications.saveResources(id, new ApplicationSections.Resources("x", false, false, "", null, null));
			return null;
		})).isInstanceOf(TrialRefusedException.class);
		assertThatThrownBy(() -> stevns(() -> selection.startReview(id, mette)))
			.isInstanceOf(IllegalTransitionException.class);
		assertThat(stevns(() -> applications.reopen(id, mette))).isEqualTo(TrialState.DRAFT);
	}

	@Test
	void aCprNumberInAnyFreeTextIsRefusedAndNothingIsStored() {
		TrialCall open = call("Prøvehandlinger 2026–27");
		UUID id = stevns(() -> applications.createDraft(open.id(), "CPR-prøve " + TestNames.unique(),
				actor("medarbejder@stevns.demo")));
		assertThatThrownBy(() -> stevns(() -> {
			applications.saveIntervention(id, new ApplicationSections.Intervention("Titel", "Indsats",
					"Barnet med cpr 010203-1234 har brug for støtte", 6, 8, List.of(UnitKind.SCHOOL), 3));
			return null;
		})).isInstanceOf(TrialRefusedException.class).extracting("field").isEqualTo("problem");
		TrialApplication stored = stevns(() -> applications.find(id)).orElseThrow();
		assertThat(stored.problem()).isEmpty();
		assertThat(stored.intervention()).isEmpty();
	}

	@Test
	void submittingAfterTheDeadlineIsRefused() {
		TrialCall past = call("Prøvehandlinger 2025–26");
		UUID draft = stevns(() -> TenantScope.asTenant(336, "test", () -> jdbc
			.sql("select id from trial where call_id = :c and state = 'DRAFT' limit 1").param("c", past.id())
			.query(UUID.class).single()));
		assertThatThrownBy(() -> stevns(() -> applications.submit(draft, actor("psykolog@stevns.demo"))))
			.isInstanceOf(TrialRefusedException.class).hasMessageContaining("trials.submit.closed");
	}

	private void fillIn(UUID id, TrialCall call) {
		stevns(() -> {
			fillIn(applications, id, call);
			return null;
		});
	}

	/** Fills in every section so that only the units' confirmations and approvals can be missing. */
	static void fillIn(TrialApplications applications, UUID id, TrialCall call) {
		Map<UUID, String> elements = new LinkedHashMap<>();
		applications.elementsOf(call).forEach(e -> elements.put(e.id(), "Sådan arbejder vi med " + e.name()));
		{
			applications.saveIntervention(id, new ApplicationSections.Intervention("Co-teaching i 2. klasse",
					"Lærer og psykolog underviser sammen", "Uro i klassen", 7, 8, List.of(UnitKind.SCHOOL), 22));
			applications.saveElements(id, elements);
			applications.saveChildPerspective(id, new ApplicationSections.ChildPerspective("Korte interview med børnene",
					List.of(ChildVoiceMethod.INTERVIEWS)));
			applications.saveImprovement(id, new ApplicationSections.Improvement("Mere ro i timerne",
					List.of(new TrialApplication.Measure("Trivsel", MeasureOutcome.WELL_BEING, "Måles før start", "+10")),
					"Fælles planlægning", "Fire uger med én klasse"));
		}
	}
}
