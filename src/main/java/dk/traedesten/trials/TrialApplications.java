package dk.traedesten.trials;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.mail.Mailer;
import dk.traedesten.mail.OutgoingMail;
import dk.traedesten.strategy.ModelElement;
import dk.traedesten.strategy.Strategies;
import dk.traedesten.trials.TrialTransitions.Actor;
import dk.traedesten.trials.internal.TrialPeopleQuery;
import dk.traedesten.trials.internal.TrialRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application from draft to submission (issue 4, item 3): sections saved step by step, co-applicant units
 * invited and confirming, leaders approving, and submission with the eligibility check. Usable without the web
 * layer (demo data, other modules); the web layer decides who may call what, and this class refuses what no
 * one may do (changing a submitted application, CPR numbers, approving for a unit one does not lead).
 *
 * <p>Changing an application after leaders approved it keeps their approvals: the trial page marks an approval
 * given before the last change, and the leaders are told by mail when the application is submitted.
 */
@Service
@Transactional
public class TrialApplications {

	static final Locale DANISH = Locale.forLanguageTag("da");

	private final TrialRepository trials;

	private final TrialPeopleQuery people;

	private final TrialCalls calls;

	private final Strategies strategies;

	private final TrialTransitions transitions;

	private final Mailer mailer;

	private final MessageSource messages;

	private final String baseUrl;

	TrialApplications(TrialRepository trials, TrialPeopleQuery people, TrialCalls calls, Strategies strategies,
			TrialTransitions transitions, Mailer mailer, MessageSource messages,
			@Value("${traedesten.base-url:http://localhost:8080}") String baseUrl) {
		this.trials = trials;
		this.people = people;
		this.calls = calls;
		this.strategies = strategies;
		this.transitions = transitions;
		this.mailer = mailer;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@Transactional(readOnly = true)
	public Optional<TrialApplication> find(UUID id) {
		return trials.find(id);
	}

	/** The call's model elements, in order, for the form's model step. */
	@Transactional(readOnly = true)
	public List<ModelElement> elementsOf(TrialCall call) {
		return strategies.elements(call.strategyId());
	}

	/** A municipality's units by name, for set-up code such as the demo data. */
	@Transactional(readOnly = true)
	public Map<String, UUID> unitsOf(int municipalityCode) {
		Map<String, UUID> units = new LinkedHashMap<>();
		people.unitsOf(municipalityCode).forEach(unit -> units.put(unit.name(), unit.id()));
		return units;
	}


	/**
	 * Starts a draft in an open call. The applicant's unit becomes the lead unit, and the applicant its first
	 * participant.
	 */
	public UUID createDraft(UUID callId, String title, Actor creator) {
		TrialCall call = calls.find(callId).orElseThrow(() -> new TrialRefusedException("runde", "trials.call.unknown"));
		if (!call.openOn(calls.today())) {
			throw new TrialRefusedException("runde", "trials.call.not-open");
		}
		return draftIn(call, title, creator);
	}

	/** Starts a draft whether or not the call is open: for imported history. */
	UUID draftIn(TrialCall call, String title, Actor creator) {
		requireText("title", title);
		refuseCpr("title", title);
		UUID id = trials.create(call.municipalityCode(), call.id(), title, creator.personId());
		TrialPeopleQuery.PersonRow person = people.person(creator.personId()).orElseThrow();
		trials.addParticipant(id, call.municipalityCode(), person.id(), person.jobTitle() == null ? "" : person.jobTitle());
		people.homeUnit(creator.personId())
			.ifPresent(unit -> trials.addUnit(id, call.municipalityCode(), unit, true, ""));
		return id;
	}

	public void saveIntervention(UUID id, ApplicationSections.Intervention section) {
		draft(id);
		requireText("title", section.title());
		refuseCpr("title", section.title());
		refuseCpr("intervention", section.intervention());
		refuseCpr("problem", section.problem());
		if (section.ageFrom() != null && section.ageTo() != null && section.ageFrom() > section.ageTo()) {
			throw new TrialRefusedException("ageTo", "trials.application.error.ages");
		}
		trials.saveIntervention(id, section);
	}

	/** Saves how the trial works with each element; ids that are not the call's elements are ignored. */
	public void saveElements(UUID id, Map<UUID, String> descriptions) {
		TrialApplication application = draft(id);
		TrialCall call = calls.find(application.callId()).orElseThrow();
		Map<UUID, String> known = new LinkedHashMap<>();
		for (ModelElement element : strategies.elements(call.strategyId())) {
			String text = descriptions.get(element.id());
			refuseCpr("elements[" + element.id() + "]", text);
			known.put(element.id(), text);
		}
		trials.saveElements(id, application.municipalityCode(), known);
	}

	public void saveChildPerspective(UUID id, ApplicationSections.ChildPerspective section) {
		draft(id);
		refuseCpr("childPerspective", section.childPerspective());
		trials.saveChildPerspective(id, section);
	}

	/** Saves aim, measures, change ideas and first cycle; measure rows without a name are left out. */
	public void saveImprovement(UUID id, ApplicationSections.Improvement section) {
		TrialApplication application = draft(id);
		refuseCpr("aim", section.aim());
		refuseCpr("changeIdeas", section.changeIdeas());
		refuseCpr("firstCycle", section.firstCycle());
		List<TrialApplication.Measure> measures = section.measures()
			.stream()
			.filter(measure -> measure.name() != null && !measure.name().isBlank())
			.toList();
		for (int i = 0; i < section.measures().size(); i++) {
			TrialApplication.Measure measure = section.measures().get(i);
			refuseCpr("measures[" + i + "].name", measure.name());
			refuseCpr("measures[" + i + "].baselinePlan", measure.baselinePlan());
			refuseCpr("measures[" + i + "].target", measure.target());
			if (measure.name() != null && !measure.name().isBlank() && measure.outcome() == null) {
				throw new TrialRefusedException("measures[" + i + "].outcome", "trials.application.error.outcome");
			}
		}
		trials.saveImprovement(id, application.municipalityCode(),
				new ApplicationSections.Improvement(section.aim(), measures, section.changeIdeas(), section.firstCycle()));
	}

	public void saveResources(UUID id, ApplicationSections.Resources section) {
		draft(id);
		refuseCpr("expectedEffect", section.expectedEffect());
		refuseCpr("dataCollection", section.dataCollection());
		trials.saveResources(id, section);
	}

	/** Adds a co-applicant unit and invites it: its leaders are told by mail, and one of its people confirms. */
	public void addUnit(UUID id, UUID unitId, String contribution) {
		TrialApplication application = draft(id);
		TrialPeopleQuery.UnitRow unit = people.unit(unitId)
			.orElseThrow(() -> new TrialRefusedException("unitId", "trials.units.error.unknown"));
		if (application.units().stream().anyMatch(existing -> existing.unitId().equals(unitId))) {
			throw new TrialRefusedException("unitId", "trials.units.error.already");
		}
		refuseCpr("contribution", contribution);
		boolean lead = application.leadUnit() == null;
		trials.addUnit(id, application.municipalityCode(), unitId, lead, contribution);
		if (!lead) {
			String link = baseUrl + "/proevehandlinger/" + id;
			for (TrialPeopleQuery.PersonRow leader : people.leadersOf(unitId)) {
				mail(application, leader.email(), "trials.mail.invited.subject", "trials.mail.invited.body",
						leader.name(), unit.name(), application.title(), application.createdByName(), link);
			}
		}
	}

	public void removeUnit(UUID id, UUID unitId) {
		draft(id);
		if (!trials.removeUnit(id, unitId)) {
			throw new TrialRefusedException("unitId", "trials.units.error.not-removable");
		}
	}

	/** Names a person of a participating unit on the application, with their role in the trial. */
	public void addParticipant(UUID id, UUID personId, String role) {
		TrialApplication application = draft(id);
		requireText("role", role);
		refuseCpr("role", role);
		List<UUID> unitIds = application.units().stream().map(TrialApplication.Unit::unitId).toList();
		if (people.peopleOf(unitIds).stream().noneMatch(person -> person.id().equals(personId))) {
			throw new TrialRefusedException("personId", "trials.participants.error.unknown");
		}
		trials.addParticipant(id, application.municipalityCode(), personId, role);
	}

	public void removeParticipant(UUID id, UUID personId) {
		draft(id);
		trials.removeParticipant(id, personId);
	}

	/** A member (staff or leader) of a co-applicant unit confirms that the unit takes part. */
	public void confirm(UUID id, UUID unitId, Actor actor) {
		TrialApplication application = draft(id);
		unitOf(application, unitId);
		if (!people.worksIn(actor.personId(), unitId)) {
			throw new TrialRefusedException("units", "trials.units.error.not-member");
		}
		trials.confirmUnit(id, unitId, actor.personId());
	}

	/** Asks the leaders of every unit that has not approved yet to approve, by mail. */
	public int requestApprovals(UUID id) {
		TrialApplication application = draft(id);
		int asked = 0;
		String link = baseUrl + "/proevehandlinger/" + id;
		for (TrialApplication.Unit unit : application.units()) {
			if (!unit.approved()) {
				for (TrialPeopleQuery.PersonRow leader : people.leadersOf(unit.unitId())) {
					mail(application, leader.email(), "trials.mail.approval.subject", "trials.mail.approval.body",
							leader.name(), unit.name(), application.title(), application.createdByName(), link);
					asked++;
				}
			}
		}
		return asked;
	}

	/** A leader of the unit approves the application for it (eligibility rule 5). */
	public void approve(UUID id, UUID unitId, Actor actor) {
		TrialApplication application = draft(id);
		unitOf(application, unitId);
		if (!people.holds(actor.personId(), unitId, "UNIT_LEADER")) {
			throw new TrialRefusedException("approvals", "trials.approvals.error.not-leader");
		}
		trials.approveUnit(id, unitId, actor.personId());
	}

	/** The eligibility problems the application would have if it were submitted now. */
	@Transactional(readOnly = true)
	public List<EligibilityProblem> precheck(UUID id) {
		TrialApplication application = trials.find(id).orElseThrow(TrialNotFoundException::new);
		TrialCall call = calls.find(application.callId()).orElseThrow();
		return EligibilityRules.check(facts(application, call), call.rules());
	}

	/**
	 * Submits the draft and checks it at once: the platform finds it eligible or ineligible, and the problems are
	 * kept to show by their fields.
	 * @throws TrialRefusedException when the call has closed
	 * @throws IllegalTransitionException when the application is no longer a draft
	 */
	public TrialState submit(UUID id, Actor actor) {
		TrialApplication application = trials.find(id).orElseThrow(TrialNotFoundException::new);
		TrialCall call = calls.find(application.callId()).orElseThrow();
		if (call.closedOn(calls.today())) {
			throw new TrialRefusedException(null, "trials.submit.closed");
		}
		transitions.apply(id, TrialAction.SUBMIT, actor, "");
		List<EligibilityProblem> problems = EligibilityRules.check(facts(application, call), call.rules());
		trials.storeProblems(id, problems);
		String link = baseUrl + "/proevehandlinger/" + id;
		for (TrialApplication.Unit unit : application.units()) {
			if (unit.approved()) {
				for (TrialPeopleQuery.PersonRow leader : people.leadersOf(unit.unitId())) {
					mail(application, leader.email(), "trials.mail.submitted.subject", "trials.mail.submitted.body",
							leader.name(), unit.name(), application.title(), application.createdByName(), link);
				}
			}
		}
		return transitions.apply(id, problems.isEmpty() ? TrialAction.FIND_ELIGIBLE : TrialAction.FIND_INELIGIBLE,
				Actor.platform(), "");
	}

	/** An ineligible application goes back to being a draft, to be fixed and submitted again. */
	public TrialState reopen(UUID id, Actor actor) {
		trials.find(id).orElseThrow(TrialNotFoundException::new);
		return transitions.apply(id, TrialAction.REOPEN, actor, "");
	}

	/** What the eligibility rules read from an application and its call. */
	ApplicationFacts facts(TrialApplication application, TrialCall call) {
		List<UUID> bearing = strategies.elements(call.strategyId())
			.stream()
			.filter(ModelElement::bearing)
			.map(ModelElement::id)
			.toList();
		return new ApplicationFacts(application.intervention(),
				application.units()
					.stream()
					.map(unit -> new ApplicationFacts.ParticipatingUnit(unit.unitId(), unit.lead(), unit.confirmed(),
							unit.approved()))
					.toList(),
				bearing, application.elements(), application.childPerspective(),
				application.childPerspectiveMethods().stream().map(Enum::name).toList(), application.aim(),
				application.measures()
					.stream()
					.map(measure -> new ApplicationFacts.PlannedMeasure(measure.name(), measure.baselinePlan()))
					.toList(),
				application.changeIdeas());
	}

	private TrialApplication draft(UUID id) {
		TrialApplication application = trials.find(id).orElseThrow(TrialNotFoundException::new);
		if (application.state() != TrialState.DRAFT) {
			throw new TrialRefusedException(null, "trials.application.error.not-draft");
		}
		return application;
	}

	private static TrialApplication.Unit unitOf(TrialApplication application, UUID unitId) {
		return application.units()
			.stream()
			.filter(unit -> unit.unitId().equals(unitId))
			.findFirst()
			.orElseThrow(() -> new TrialRefusedException("units", "trials.units.error.unknown"));
	}

	private void mail(TrialApplication application, String to, String subject, String body, Object... arguments) {
		mailer.send(new OutgoingMail(application.municipalityCode(), to,
				messages.getMessage(subject, new Object[] { application.title() }, DANISH),
				messages.getMessage(body, arguments, DANISH)));
	}

	static void refuseCpr(String field, String text) {
		if (CprNumbers.containsCpr(text)) {
			throw new TrialRefusedException(field, "trials.cpr.refused");
		}
	}

	private static void requireText(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new TrialRefusedException(field, "trials.application.error." + field + "-required");
		}
	}
}
