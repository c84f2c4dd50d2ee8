package dk.traedesten.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An event as its organiser plans it: draft or published, with its programme in order of time, its choice groups,
 * its prices (empty when none are set) and the day registrations become binding (or null).
 */
public record PlannedEvent(UUID id, String slug, String title, EventKind kind, EventFormat format, String place,
		LocalDateTime startsAt, LocalDateTime endsAt, boolean published, List<ProgrammeItem> programme,
		List<ChoiceGroup> groups, Optional<PriceList> prices, LocalDate bindingFrom, boolean invoicingClosed) {

	/** The items a group offers, in programme order. */
	public List<ProgrammeItem> offeredBy(ChoiceGroup group) {
		return programme.stream().filter(item -> group.id().equals(item.choiceGroupId())).toList();
	}
}
