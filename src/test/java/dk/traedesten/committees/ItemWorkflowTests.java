package dk.traedesten.committees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ItemWorkflowTests {

	@Test
	void anItemRunsFromDraftToPublishedMinutes() {
		ItemState state = ItemState.DRAFT;
		for (ItemAction action : List.of(ItemAction.MARK_READY, ItemAction.PUBLISH_AGENDA, ItemAction.DECIDE,
				ItemAction.PUBLISH_MINUTES)) {
			state = ItemWorkflow.apply(state, action);
		}
		assertThat(state).isEqualTo(ItemState.MINUTES_PUBLISHED);
	}

	@Test
	void aDraftIsNeverPublishedDirectly() {
		assertThat(ItemWorkflow.next(ItemState.DRAFT, ItemAction.PUBLISH_AGENDA)).isEmpty();
		assertThat(ItemWorkflow.next(ItemState.DRAFT, ItemAction.DECIDE)).isEmpty();
	}

	@Test
	void aReadyItemCanGoBackToDraftButAPublishedOneCannot() {
		assertThat(ItemWorkflow.next(ItemState.READY, ItemAction.REOPEN_DRAFT)).contains(ItemState.DRAFT);
		assertThat(ItemWorkflow.next(ItemState.AGENDA_PUBLISHED, ItemAction.REOPEN_DRAFT)).isEmpty();
	}

	@Test
	void aDecisionCanBeCorrectedUntilTheMinutesAreOut() {
		assertThat(ItemWorkflow.next(ItemState.DECIDED, ItemAction.DECIDE)).contains(ItemState.DECIDED);
		assertThatThrownBy(() -> ItemWorkflow.apply(ItemState.MINUTES_PUBLISHED, ItemAction.DECIDE))
			.isInstanceOf(IllegalItemMoveException.class)
			.extracting("reason")
			.isEqualTo("illegal-DECIDE");
	}

	@ParameterizedTest
	@EnumSource(ItemAction.class)
	void nothingMovesAnItemOnceItsMinutesArePublished(ItemAction action) {
		assertThat(ItemWorkflow.next(ItemState.MINUTES_PUBLISHED, action)).isEmpty();
	}

	@Test
	void theAgendaNeedsAReadyItemAndAMeetingThatStillLies() {
		assertThat(ItemWorkflow.agendaRefusal(MeetingState.PLANNED, List.of(ItemState.DRAFT))).contains("nothing-ready");
		assertThat(ItemWorkflow.agendaRefusal(MeetingState.CANCELLED, List.of(ItemState.READY))).contains("meeting-closed");
		assertThat(ItemWorkflow.agendaRefusal(MeetingState.PLANNED, List.of(ItemState.DRAFT, ItemState.READY))).isEmpty();
		assertThat(ItemWorkflow.agendaRefusal(MeetingState.INVITED, List.of(ItemState.AGENDA_PUBLISHED, ItemState.READY)))
			.isEmpty();
	}

	@Test
	void theMinutesWaitForEveryDecision() {
		assertThat(ItemWorkflow.minutesRefusal(MeetingState.INVITED, List.of(ItemState.DECIDED, ItemState.AGENDA_PUBLISHED)))
			.contains("undecided");
		assertThat(ItemWorkflow.minutesRefusal(MeetingState.INVITED, List.of(ItemState.DRAFT))).contains("nothing-decided");
		assertThat(ItemWorkflow.minutesRefusal(MeetingState.CANCELLED, List.of(ItemState.DECIDED)))
			.contains("meeting-cancelled");
		assertThat(ItemWorkflow.minutesRefusal(MeetingState.INVITED, List.of(ItemState.DECIDED, ItemState.DRAFT))).isEmpty();
	}

	@Test
	void anAmendedDecisionNeedsItsText() {
		assertThatThrownBy(() -> Decision.amended("  ")).isInstanceOf(IllegalArgumentException.class);
		assertThat(Decision.amended(" Udsat. ").amendedText()).isEqualTo("Udsat.");
		assertThat(Decision.recommended().amendedText()).isNull();
	}

	@ParameterizedTest
	@EnumSource(ItemState.class)
	void onlyDraftsAndReadyItemsCanBeEditedAndOnlyLaterOnesArePublic(ItemState state) {
		assertThat(state.editable()).isEqualTo(state == ItemState.DRAFT || state == ItemState.READY);
		assertThat(state.published()).isNotEqualTo(state.editable());
	}
}
