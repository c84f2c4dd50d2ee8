package dk.traedesten.trials;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.traedesten.committees.AgendaProposals;
import dk.traedesten.committees.LinkKind;
import dk.traedesten.committees.Meeting;
import dk.traedesten.trials.internal.TrialRepository;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's selection put before a committee (decision 0017): the municipality's upcoming meetings, the call's
 * selected trials (selected or further on), and the draft agenda item written from them in Danish, the language of
 * the agenda, linked back to the call through the committees module's API.
 */
@Service
@Transactional(readOnly = true)
public class SelectionAgenda {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	/** A selected trial as the agenda item lists it. */
	public record SelectedTrial(UUID id, String title, String leadUnit) {
	}

	private final AgendaProposals proposals;

	private final TrialRepository trials;

	private final TrialCalls calls;

	private final MessageSource messages;

	SelectionAgenda(AgendaProposals proposals, TrialRepository trials, TrialCalls calls, MessageSource messages) {
		this.proposals = proposals;
		this.trials = trials;
		this.calls = calls;
		this.messages = messages;
	}

	public List<Meeting> upcomingMeetings() {
		return proposals.upcomingMeetings(calls.today());
	}

	public List<SelectedTrial> selected(UUID callId) {
		return trials.summaries(callId).stream()
			.filter(trial -> trial.state().active() || trial.state() == TrialState.CLOSED)
			.sorted(Comparator.comparing(TrialRepository.Summary::title))
			.map(trial -> new SelectedTrial(trial.id(), trial.title(), trial.leadUnit()))
			.toList();
	}

	public String defaultRecommendation() {
		return messages.getMessage("proposal.default-recommendation", null, DANISH);
	}

	/**
	 * Writes the draft item on the meeting and returns its id.
	 * @throws dk.traedesten.committees.CommitteeNotFoundException when the meeting is not an upcoming one
	 */
	@Transactional
	public UUID propose(TrialCall call, UUID meetingId, String recommendation) {
		List<SelectedTrial> chosen = selected(call.id());
		String presentation = messages.getMessage("proposal.presentation", new Object[] { call.title(), chosen.size() },
				DANISH) + "\n\n" + chosen.stream()
					.map(trial -> "• " + trial.title() + (trial.leadUnit() == null ? "" : " (" + trial.leadUnit() + ")"))
					.collect(Collectors.joining("\n"));
		String title = messages.getMessage("proposal.title", new Object[] { call.title() }, DANISH);
		return proposals.propose(meetingId, calls.today(), title, presentation, recommendation.strip(), LinkKind.CALL,
				call.id());
	}
}
