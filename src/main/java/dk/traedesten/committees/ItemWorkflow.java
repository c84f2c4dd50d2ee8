package dk.traedesten.committees;

import static dk.traedesten.committees.ItemAction.DECIDE;
import static dk.traedesten.committees.ItemAction.MARK_READY;
import static dk.traedesten.committees.ItemAction.PUBLISH_AGENDA;
import static dk.traedesten.committees.ItemAction.PUBLISH_MINUTES;
import static dk.traedesten.committees.ItemAction.REOPEN_DRAFT;
import static dk.traedesten.committees.ItemState.AGENDA_PUBLISHED;
import static dk.traedesten.committees.ItemState.DECIDED;
import static dk.traedesten.committees.ItemState.DRAFT;
import static dk.traedesten.committees.ItemState.MINUTES_PUBLISHED;
import static dk.traedesten.committees.ItemState.READY;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The way of an agenda item: draft → ready → agenda published → decided → minutes published. A ready item can go back
 * to draft until the agenda is out; a decision can be corrected until the minutes are published. The agenda and the
 * minutes are published for the whole meeting at once, so their rules look at all its items.
 */
public final class ItemWorkflow {

	private static final Map<ItemState, Map<ItemAction, ItemState>> NEXT = new EnumMap<>(ItemState.class);

	static {
		move(DRAFT, MARK_READY, READY);
		move(READY, REOPEN_DRAFT, DRAFT);
		move(READY, PUBLISH_AGENDA, AGENDA_PUBLISHED);
		move(AGENDA_PUBLISHED, DECIDE, DECIDED);
		move(DECIDED, DECIDE, DECIDED);
		move(DECIDED, PUBLISH_MINUTES, MINUTES_PUBLISHED);
	}

	private ItemWorkflow() {
	}

	private static void move(ItemState from, ItemAction action, ItemState to) {
		NEXT.computeIfAbsent(from, state -> new EnumMap<>(ItemAction.class)).put(action, to);
	}

	/** The state the action leads to, or empty when it is not allowed from {@code from}. */
	public static Optional<ItemState> next(ItemState from, ItemAction action) {
		return Optional.ofNullable(NEXT.getOrDefault(from, Map.of()).get(action));
	}

	public static ItemState apply(ItemState from, ItemAction action) {
		return next(from, action).orElseThrow(() -> new IllegalItemMoveException("illegal-" + action.name()));
	}

	/**
	 * Why the meeting's agenda cannot be published now, or empty when it can: a cancelled or held meeting gets none,
	 * and there must be a ready item to publish (drafts stay behind, unpublished).
	 */
	public static Optional<String> agendaRefusal(MeetingState meeting, Collection<ItemState> items) {
		if (meeting == MeetingState.CANCELLED || meeting == MeetingState.HELD) {
			return Optional.of("meeting-closed");
		}
		if (!items.contains(READY)) {
			return Optional.of("nothing-ready");
		}
		return Optional.empty();
	}

	/**
	 * Why the minutes cannot be published now, or empty when they can: the meeting must not be cancelled, and every
	 * item on the published agenda needs its decision first.
	 */
	public static Optional<String> minutesRefusal(MeetingState meeting, Collection<ItemState> items) {
		if (meeting == MeetingState.CANCELLED) {
			return Optional.of("meeting-cancelled");
		}
		if (items.contains(AGENDA_PUBLISHED)) {
			return Optional.of("undecided");
		}
		if (!items.contains(DECIDED)) {
			return Optional.of("nothing-decided");
		}
		return Optional.empty();
	}
}
