package dk.traedesten.demo;

import java.time.LocalDate;
import java.util.UUID;

import dk.traedesten.committees.AgendaItem;
import dk.traedesten.committees.Committee;
import dk.traedesten.committees.CommitteeAdministration;
import dk.traedesten.committees.CommitteeFollowUps;
import dk.traedesten.committees.CommitteeFollowUps.FollowUpDraft;
import dk.traedesten.committees.FollowUpStatus;
import dk.traedesten.committees.Meeting;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.trials.SelectionAgenda;
import dk.traedesten.trials.TrialCall;
import dk.traedesten.trials.TrialCalls;

import org.springframework.stereotype.Component;

/**
 * Demo follow-ups and proposals (decision 0017). Herning's item 20 of 10 February 2021 asked the committee to discuss
 * what from the summit could be brought into local work; its decision "Tiltrådt som indstillet" leaves the
 * administration to gather that input and come back with proposals, which is the follow-up here, in progress and past
 * its date. Stevns' call puts its selection before Børne- og Uddannelsesudvalget's upcoming meeting as a draft item.
 */
@Component
class DemoCommitteeFollowUps {

	static final String HERNING_FOLLOW_UP = "Forvaltningen samler udvalgets input fra drøftelsen af Børn og "
			+ "Ungetopmødet og vender tilbage med forslag til, hvad der kan inddrages i det lokale arbejde på børne- og "
			+ "ungeområdet.";

	private final CommitteeAdministration administration;

	private final CommitteeFollowUps followUps;

	private final SelectionAgenda selectionAgenda;

	private final TrialCalls calls;

	DemoCommitteeFollowUps(CommitteeAdministration administration, CommitteeFollowUps followUps,
			SelectionAgenda selectionAgenda, TrialCalls calls) {
		this.administration = administration;
		this.followUps = followUps;
		this.selectionAgenda = selectionAgenda;
		this.calls = calls;
	}

	boolean present() {
		return TenantScope.asTenant(DemoCommittees.HERNING, DemoCommittees.ACTOR,
				() -> herningItem() == null || !followUps.ofItem(herningItem()).isEmpty());
	}

	void seed() {
		TenantScope.asTenant(DemoCommittees.HERNING, DemoCommittees.ACTOR, this::herning);
		TenantScope.asTenant(DemoCommittees.STEVNS, DemoCommittees.ACTOR, this::stevns);
	}

	private Void herning() {
		UUID item = herningItem();
		UUID followUp = followUps.add(item, new FollowUpDraft(HERNING_FOLLOW_UP, null, "Børn og Unge",
				LocalDate.of(2021, 4, 14)));
		followUps.report(followUp, FollowUpStatus.IN_PROGRESS,
				"Udvalgets input er samlet. Forslagene drøftes i direktørens ledergruppe, før de forelægges udvalget.");
		return null;
	}

	private Void stevns() {
		TrialCall call = calls.all().stream()
			.filter(candidate -> candidate.municipalityCode() == DemoCommittees.STEVNS)
			.filter(candidate -> candidate.title().equals(DemoTrialFollowUp.CALL))
			.findFirst()
			.orElse(null);
		// Demo data is written in one system-wide transaction, so the meetings of every municipality are in sight.
		Meeting meeting = selectionAgenda.upcomingMeetings().stream()
			.filter(candidate -> candidate.municipalityCode() == DemoCommittees.STEVNS)
			.findFirst()
			.orElse(null);
		if (call != null && meeting != null && !selectionAgenda.selected(call.id()).isEmpty()) {
			selectionAgenda.propose(call, meeting.id(), selectionAgenda.defaultRecommendation());
		}
		return null;
	}

	private UUID herningItem() {
		for (Committee committee : administration.committees()) {
			for (Meeting meeting : administration.meetings(committee.id())) {
				for (AgendaItem item : administration.items(meeting.id())) {
					if (item.number() == 20 && item.title().equals(DemoCommitteeTexts.HERNING_TITLE)) {
						return item.id();
					}
				}
			}
		}
		return null;
	}
}
