package dk.traedesten.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.identity.AccountProvisioning;
import dk.traedesten.organisation.OrganisationAdministration;
import dk.traedesten.organisation.OrganisationDirectory;
import dk.traedesten.organisation.Role;
import dk.traedesten.organisation.UnitKind;
import dk.traedesten.strategy.ModelElement;
import dk.traedesten.strategy.Strategies;
import dk.traedesten.strategy.StrategySummary;
import dk.traedesten.trials.ApplicationSections;
import dk.traedesten.trials.ChildVoiceMethod;
import dk.traedesten.trials.MeasureOutcome;
import dk.traedesten.trials.TrialAction;
import dk.traedesten.trials.TrialApplication;
import dk.traedesten.trials.TrialApplications;
import dk.traedesten.trials.TrialCall;
import dk.traedesten.trials.TrialCalls;
import dk.traedesten.trials.TrialHistoryImport;
import dk.traedesten.trials.TrialState;
import dk.traedesten.trials.TrialTransitions.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Demo content: Stevns' call "Prøvehandlinger 2025–26" (closed a year ago) with about 30 applications spread
 * over the lifecycle, every step recorded with its original date, and the open call "Prøvehandlinger 2026–27"
 * with a few drafts so a demo user can apply now. It needs Stevns' strategy, seeded before it; the people and
 * texts are invented.
 */
@Component
class DemoTrials {

	static final String PAST_CALL = "Prøvehandlinger 2025–26";

	static final String OPEN_CALL = "Prøvehandlinger 2026–27";

	private static final Logger log = LoggerFactory.getLogger(DemoTrials.class);

	private static final int STEVNS = 336;

	/** Demo people added here so every unit has a leader to approve and staff to apply. */
	private static final List<DemoOrganisations.DemoPerson> PEOPLE = List.of(
			new DemoOrganisations.DemoPerson("Lone Birk", "leder.kalkbakken@stevns.demo", "Skoleleder", Role.UNIT_LEADER, "Kalkbakkens Skole"),
			new DemoOrganisations.DemoPerson("Henrik Sand", "laerer.kalkbakken@stevns.demo", "Lærer", Role.STAFF, "Kalkbakkens Skole"),
			new DemoOrganisations.DemoPerson("Pia Munk", "leder.kridthuset@stevns.demo", "Dagtilbudsleder", Role.UNIT_LEADER, "Børnehuset Kridthuset"),
			new DemoOrganisations.DemoPerson("Jonas Ravn", "paedagog.kridthuset@stevns.demo", "Pædagog", Role.STAFF, "Børnehuset Kridthuset"),
			new DemoOrganisations.DemoPerson("Kasper Lind", "leder.klinten@stevns.demo", "Klubleder", Role.UNIT_LEADER, "Klub Klinten"),
			new DemoOrganisations.DemoPerson("Sara Holt", "paedagog.klinten@stevns.demo", "Klubpædagog", Role.STAFF, "Klub Klinten"),
			new DemoOrganisations.DemoPerson("Marianne Krog", "leder.fyrtaarnet@stevns.demo", "Skoleleder", Role.UNIT_LEADER, "Heldagsskolen Fyrtårnet"),
			new DemoOrganisations.DemoPerson("Ib Thorsen", "laerer.fyrtaarnet@stevns.demo", "Speciallærer", Role.STAFF, "Heldagsskolen Fyrtårnet"),
			new DemoOrganisations.DemoPerson("Eva Dahl", "leder.ppr@stevns.demo", "PPR-leder", Role.UNIT_LEADER, "PPR Stevns"),
			new DemoOrganisations.DemoPerson("Ulla Bach", "leder.sundhedspleje@stevns.demo", "Ledende sundhedsplejerske", Role.UNIT_LEADER, "Sundhedsplejen Stevns"),
			new DemoOrganisations.DemoPerson("Nina Frost", "sundhedsplejerske@stevns.demo", "Sundhedsplejerske", Role.STAFF, "Sundhedsplejen Stevns"),
			new DemoOrganisations.DemoPerson("Per Vinther", "leder.familie@stevns.demo", "Afdelingsleder", Role.UNIT_LEADER, "Familieafdelingen Stevns"));

	/** Who applies from each lead unit. */
	private static final Map<String, String> APPLICANT = Map.of("Strandengens Skole", "medarbejder@stevns.demo",
			"Kalkbakkens Skole", "laerer.kalkbakken@stevns.demo", "Børnehuset Kridthuset", "paedagog.kridthuset@stevns.demo",
			"Børnehuset Mågereden", "leder.dagtilbud@stevns.demo", "Klub Klinten", "paedagog.klinten@stevns.demo",
			"Heldagsskolen Fyrtårnet", "laerer.fyrtaarnet@stevns.demo", "PPR Stevns", "psykolog@stevns.demo",
			"Sundhedsplejen Stevns", "sundhedsplejerske@stevns.demo");

	/** One demo application: what it is, who runs it, and how far it got (with the selection's reason). */
	record Demo(String title, String lead, String partner, String contribution, String intervention, String problem,
			int ageFrom, int ageTo, UnitKind kind, int children, TrialState state, String reason, String missing) {
	}

	private final Strategies strategies;

	private final TrialCalls calls;

	private final TrialApplications applications;

	private final TrialHistoryImport history;

	private final OrganisationAdministration administration;

	private final OrganisationDirectory directory;

	private final AccountProvisioning accounts;

	private final DemoDataProperties properties;

	private final Clock clock;

	DemoTrials(Strategies strategies, TrialCalls calls, TrialApplications applications, TrialHistoryImport history,
			OrganisationAdministration administration, OrganisationDirectory directory, AccountProvisioning accounts,
			DemoDataProperties properties, Clock clock) {
		this.strategies = strategies;
		this.calls = calls;
		this.applications = applications;
		this.history = history;
		this.administration = administration;
		this.directory = directory;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	void seed() {
		StrategySummary strategy = strategies.all()
			.stream()
			.filter(candidate -> candidate.municipalityCode() == STEVNS)
			.findFirst()
			.orElse(null);
		if (strategy == null) {
			log.info("No strategy in Stevns: the demo calls and applications are left out");
			return;
		}
		Map<String, UUID> units = applications.unitsOf(STEVNS);
		for (DemoOrganisations.DemoPerson person : PEOPLE) {
			UUID id = administration.addPerson(STEVNS, person.name(), person.email(), person.jobTitle());
			administration.grant(STEVNS, id, person.role(), units.get(person.unit()));
			accounts.createWithPassword(id, STEVNS, person.email(), properties.demoPassword());
		}
		List<ModelElement> elements = strategies.elements(strategy.id());
		LocalDate today = LocalDate.now(clock);
		UUID past = calls.create(STEVNS, new TrialCall.Details(strategy.id(), PAST_CALL, DemoTrialTexts.PAST_ANNOUNCEMENT,
				today.minusMonths(15), today.minusMonths(13), 20, 2));
		UUID open = calls.create(STEVNS, new TrialCall.Details(strategy.id(), OPEN_CALL, DemoTrialTexts.OPEN_ANNOUNCEMENT,
				today.minusWeeks(3), today.plusMonths(2), 20, 2));
		OffsetDateTime started = today.minusMonths(15).plusDays(3).atTime(9, 0).atZone(ZoneId.of("Europe/Copenhagen")).toOffsetDateTime();
		Actor coordinator = actor("koordinator@stevns.demo");
		int i = 0;
		for (Demo demo : DemoTrialTexts.PAST) {
			OffsetDateTime at = started.plusDays(i * 2L).plusHours(i % 5);
			apply(past, demo, units, elements, at, coordinator, today.minusMonths(13).plusDays(5 + i % 10));
			i++;
		}
		OffsetDateTime recent = today.minusWeeks(2).atTime(10, 0).atZone(ZoneId.of("Europe/Copenhagen")).toOffsetDateTime();
		int j = 0;
		for (Demo demo : DemoTrialTexts.OPEN) {
			apply(open, demo, units, elements, recent.plusDays(j * 3L), coordinator, null);
			j++;
		}
	}

	private void apply(UUID callId, Demo demo, Map<String, UUID> units, List<ModelElement> elements,
			OffsetDateTime at, Actor coordinator, LocalDate decidedOn) {
		Actor applicant = actor(APPLICANT.get(demo.lead()));
		UUID id = history.draft(callId, demo.title(), applicant, at);
		boolean complete = demo.state() != TrialState.DRAFT || demo.missing() == null;
		applications.saveIntervention(id, new ApplicationSections.Intervention(demo.title(), demo.intervention(),
				demo.problem(), demo.ageFrom(), demo.ageTo(), List.of(demo.kind()), demo.children()));
		UUID partner = units.get(demo.partner());
		history.unit(id, partner, demo.contribution());
		Map<UUID, String> descriptions = new LinkedHashMap<>();
		for (ModelElement element : elements) {
			if (element.bearing() && !"element".equals(demo.missing())) {
				descriptions.put(element.id(), DemoTrialTexts.element(element.position(), demo.title()));
			}
		}
		applications.saveElements(id, descriptions);
		if (!"child".equals(demo.missing())) {
			applications.saveChildPerspective(id, new ApplicationSections.ChildPerspective(
					DemoTrialTexts.childPerspective(demo.kind()),
					List.of(ChildVoiceMethod.CONVERSATIONS, ChildVoiceMethod.OBSERVATIONS)));
		}
		applications.saveImprovement(id, new ApplicationSections.Improvement(DemoTrialTexts.aim(demo),
				"measure".equals(demo.missing()) ? List.of() : DemoTrialTexts.measures(demo),
				DemoTrialTexts.changeIdeas(demo), DemoTrialTexts.firstCycle(demo)));
		applications.saveResources(id, new ApplicationSections.Resources(DemoTrialTexts.effect(demo), true, true,
				DemoTrialTexts.dataCollection(demo), 40 + demo.children() * 3, 15000 + demo.children() * 1000));
		if (!"confirmation".equals(demo.missing())) {
			applications.confirm(id, partner, actor(memberOf(demo.partner())));
		}
		if (complete && !"approval".equals(demo.missing())) {
			for (TrialApplication.Unit unit : applications.find(id).orElseThrow().units()) {
				applications.approve(id, unit.unitId(), actor(leaderOf(unit.name())));
			}
		}
		history.created(id, at);
		if (demo.state() == TrialState.DRAFT) {
			return;
		}
		history.submitted(id, applicant, at.plusDays(10));
		if (demo.state().ordinal() >= TrialState.IN_REVIEW.ordinal()) {
			OffsetDateTime decided = decidedOn.atTime(13, 0).atZone(ZoneId.of("Europe/Copenhagen")).toOffsetDateTime();
			history.transition(id, TrialAction.START_REVIEW, coordinator, "", decided.minusDays(7));
			if (demo.state() == TrialState.SELECTED) {
				history.transition(id, TrialAction.SELECT, coordinator, demo.reason(), decided);
			}
			else if (demo.state() == TrialState.NOT_SELECTED) {
				history.transition(id, TrialAction.NOT_SELECT, coordinator, demo.reason(), decided);
			}
		}
	}

	private Actor actor(String email) {
		var person = directory.profileByEmail(email).orElseThrow();
		return new Actor(person.id(), person.name());
	}

	private static String leaderOf(String unit) {
		Map<String, String> leaders = new HashMap<>();
		leaders.put("Strandengens Skole", "leder@stevns.demo");
		leaders.put("Børnehuset Mågereden", "leder.dagtilbud@stevns.demo");
		PEOPLE.stream().filter(p -> p.role() == Role.UNIT_LEADER).forEach(p -> leaders.put(p.unit(), p.email()));
		return leaders.get(unit);
	}

	private static String memberOf(String unit) {
		List<String> staff = new ArrayList<>();
		APPLICANT.forEach((u, email) -> {
			if (u.equals(unit)) {
				staff.add(email);
			}
		});
		return staff.isEmpty() ? leaderOf(unit) : staff.get(0);
	}
}
