package dk.traedesten.trials.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.strategy.ModelElement;
import dk.traedesten.strategy.Strategies;
import dk.traedesten.trials.Outcome;
import dk.traedesten.trials.PdsaAct;
import dk.traedesten.trials.TrialDecision;
import dk.traedesten.trials.TrialState;
import dk.traedesten.trials.TrialTransitions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fictional follow-up content for the demo: moves selected trials on to a spread of states (agreement made,
 * running with PDSA cycles, notes and children's statements, one with its status overdue, status reported,
 * evaluated, closed with each decision), with dates relative to today. Used by the demo module through
 * {@link dk.traedesten.trials.TrialFollowUp}.
 */
@Component
class DemoFollowUpStories {

	/** Where each of 16 selected trials ends up; fewer trials are spread over the same stages. */
	enum Stage {
		SELECTED, AGREED, RUNNING, OVERDUE, REPORTED, EVALUATED, SPREAD, ADAPTED, STOPPED
	}

	static final List<Stage> PLAN = List.of(Stage.SELECTED, Stage.SELECTED, Stage.AGREED, Stage.AGREED, Stage.RUNNING,
			Stage.RUNNING, Stage.RUNNING, Stage.OVERDUE, Stage.REPORTED, Stage.REPORTED, Stage.REPORTED,
			Stage.EVALUATED, Stage.EVALUATED, Stage.SPREAD, Stage.ADAPTED, Stage.STOPPED);

	private record Trial(UUID id, int municipalityCode, String title, UUID strategyId, UUID createdBy, String author) {
	}

	private final JdbcClient jdbc;

	private final Agreements agreements;

	private final PdsaCycles cycles;

	private final TrialNotes notes;

	private final TrialReports reports;

	private final Strategies strategies;

	DemoFollowUpStories(JdbcClient jdbc, Agreements agreements, PdsaCycles cycles, TrialNotes notes,
			TrialReports reports, Strategies strategies) {
		this.jdbc = jdbc;
		this.agreements = agreements;
		this.cycles = cycles;
		this.notes = notes;
		this.reports = reports;
		this.strategies = strategies;
	}

	/** The stage of the i-th of n trials: 16 follow the plan, fewer are spread over it, more stay selected. */
	static Stage stage(int index, int count) {
		if (count >= PLAN.size()) {
			return index < PLAN.size() ? PLAN.get(index) : Stage.SELECTED;
		}
		return PLAN.get(index * PLAN.size() / count);
	}

	void tell(List<UUID> trialIds, LocalDate today) {
		for (int i = 0; i < trialIds.size(); i++) {
			Stage stage = stage(i, trialIds.size());
			if (stage != Stage.SELECTED) {
				tell(load(trialIds.get(i)), stage, i, today);
			}
		}
	}

	private void tell(Trial trial, Stage stage, int index, LocalDate today) {
		TrialTransitions.Actor coordinator = coordinator(trial.municipalityCode());
		TrialTransitions.Actor participant = new TrialTransitions.Actor(trial.createdBy(), trial.author());
		FollowUpTrial followUp = new FollowUpTrial(trial.id(), trial.municipalityCode(), trial.title(),
				TrialState.SELECTED, trial.strategyId(), null);
		LocalDate start = switch (stage) {
			case AGREED -> today.withDayOfMonth(1).plusMonths(1);
			case RUNNING -> today.minusMonths(3 + index % 2);
			case OVERDUE, REPORTED -> today.minusMonths(7);
			default -> today.minusMonths(11);
		};
		agreements.make(followUp, agreement(start), coordinator);
		try {
			tellFrom(stage, followUp, trial, start, index, coordinator, participant);
		}
		finally {
			backdate(trial.id(), start, today);
		}
	}

	private void tellFrom(Stage stage, FollowUpTrial followUp, Trial trial, LocalDate start, int index,
			TrialTransitions.Actor coordinator, TrialTransitions.Actor participant) {
		if (stage == Stage.AGREED) {
			return;
		}
		agreements.start(followUp, participant);
		List<UUID> elements = strategies.elements(trial.strategyId()).stream().map(ModelElement::id).toList();
		work(followUp, elements, start, index, trial.createdBy());
		if (stage == Stage.RUNNING || stage == Stage.OVERDUE) {
			return;
		}
		reports.submit(followUp, report(ReportKind.STATUS, null, index), participant);
		if (stage == Stage.REPORTED) {
			return;
		}
		TrialDecision decision = switch (stage) {
			case ADAPTED -> TrialDecision.ADAPT_AND_RETEST;
			case STOPPED -> TrialDecision.STOP;
			default -> TrialDecision.SPREAD;
		};
		reports.submit(followUp, report(ReportKind.EVALUATION, decision, index), participant);
		if (stage == Stage.EVALUATED) {
			return;
		}
		reports.close(followUp, decision, DemoTexts.CLOSING.get(decision), coordinator);
	}

	/**
	 * The services stamp everything with the moment the demo is seeded; a trial started months ago reads as
	 * history only if its agreement, start, reports and decision carry the dates they would have had.
	 */
	private void backdate(UUID trialId, LocalDate start, LocalDate today) {
		LocalDate status = earliest(FollowUpSchedule.statusDue(start), today);
		LocalDate evaluated = earliest(FollowUpSchedule.evaluationDue(start), today);
		Map<String, LocalDate> dates = Map.of("AGREEMENT_MADE", earliest(start.minusDays(14), today), "RUNNING",
				earliest(start, today), "STATUS_REPORTED", status, "EVALUATED", evaluated, "CLOSED",
				earliest(evaluated.plusDays(14), today));
		dates.forEach((state, date) -> jdbc
			.sql("update trial_transition set occurred_at = :at where trial_id = :trial and to_state = :state")
			.param("at", at(date)).param("trial", trialId).param("state", state).update());
		jdbc.sql("update trial_agreement set agreed_at = :at where trial_id = :trial")
			.param("at", at(dates.get("AGREEMENT_MADE"))).param("trial", trialId).update();
		jdbc.sql("update trial_report set submitted_at = case kind when 'STATUS' then :status else :evaluated end"
				+ " where trial_id = :trial and submitted_at is not null")
			.param("status", at(status)).param("evaluated", at(evaluated)).param("trial", trialId).update();
	}

	private static LocalDate earliest(LocalDate date, LocalDate today) {
		return date.isAfter(today) ? today : date;
	}

	private static OffsetDateTime at(LocalDate date) {
		return date.atTime(10, 0).atZone(ZoneId.of("Europe/Copenhagen")).toOffsetDateTime();
	}

	private Agreement agreement(LocalDate start) {
		return new Agreement(start, FollowUpSchedule.baseline(start), FollowUpSchedule.statusDue(start),
				FollowUpSchedule.evaluationDue(start), DemoTexts.AGREEMENT_NOTES, DemoTexts.PLAN, null);
	}

	private void work(FollowUpTrial trial, List<UUID> elements, LocalDate start, int index, UUID author) {
		int count = 1 + index % 3;
		UUID previous = null;
		for (int n = 0; n < count; n++) {
			DemoTexts.Cycle text = DemoTexts.CYCLES.get((index + n) % DemoTexts.CYCLES.size());
			boolean last = n == count - 1;
			PdsaCycle cycle = new PdsaCycle(null, 0, text.objective(), text.prediction(), text.who(), text.what(),
					text.when(), text.where(), text.data(), text.done(), last ? "" : text.study(),
					last ? null : (n == 0 ? PdsaAct.ADAPT : PdsaAct.ADOPT), last ? "" : text.act(), null,
					pick(elements, index + n, 2));
			previous = cycles.add(trial, cycle, previous);
		}
		for (int n = 0; n < 3; n++) {
			DemoTexts.Note note = DemoTexts.NOTES.get((index + n) % DemoTexts.NOTES.size());
			notes.add(trial, new TrialNote(null, note.kind(), note.text(), note.group(),
					start.plusWeeks(3 + 4L * n), pick(elements, index + n, 1)), author);
		}
	}

	private TrialReport report(ReportKind kind, TrialDecision decision, int index) {
		Map<Outcome, TrialReport.Effect> effects = new EnumMap<>(Outcome.class);
		List<EffectDirection> directions = DemoTexts.DIRECTIONS.get(index % DemoTexts.DIRECTIONS.size());
		for (Outcome outcome : Outcome.values()) {
			EffectDirection direction = directions.get(outcome.ordinal());
			effects.put(outcome, new TrialReport.Effect(direction, DemoTexts.effect(outcome, direction)));
		}
		boolean stop = decision == TrialDecision.STOP;
		return new TrialReport(kind, effects,
				kind == ReportKind.STATUS ? DemoTexts.STATUS_SUMMARY : DemoTexts.EVALUATION_SUMMARY.get(decision),
				DemoTexts.SUSTAINABILITY, stop ? 2 : 4, DemoTexts.DURABILITY, stop ? 2 : 3, DemoTexts.TRANSFERABILITY,
				stop ? 1 : 4, decision, decision == null ? "" : DemoTexts.DECISION_REASON.get(decision), null);
	}

	private static List<UUID> pick(List<UUID> elements, int seed, int count) {
		List<UUID> picked = new ArrayList<>();
		for (int i = 0; i < Math.min(count, elements.size()); i++) {
			UUID element = elements.get((seed + i * 2) % elements.size());
			if (!picked.contains(element)) {
				picked.add(element);
			}
		}
		return picked;
	}

	private Trial load(UUID trialId) {
		return jdbc.sql("""
				select t.id, t.municipality_code, t.title, c.strategy_id, t.created_by, p.name as author
				from trial t join trial_call c on c.id = t.call_id join person p on p.id = t.created_by
				where t.id = :id""")
			.param("id", trialId)
			.query(Trial.class)
			.single();
	}

	private TrialTransitions.Actor coordinator(int municipalityCode) {
		return jdbc.sql("""
				select p.id as person_id, p.name from person p join membership m on m.person_id = p.id
				where m.role = 'STRATEGY_COORDINATOR' and m.municipality_code = :code order by p.name limit 1""")
			.param("code", municipalityCode)
			.query(TrialTransitions.Actor.class)
			.optional()
			.orElse(TrialTransitions.Actor.platform());
	}

	/** The selected trials of a call, by title. */
	List<UUID> selectedTrials(int municipalityCode, String callTitle) {
		return jdbc.sql("""
				select t.id from trial t join trial_call c on c.id = t.call_id
				where t.municipality_code = :code and c.title = :call and t.state = 'SELECTED' order by t.title""")
			.param("code", municipalityCode)
			.param("call", callTitle)
			.query(UUID.class)
			.list();
	}
}
