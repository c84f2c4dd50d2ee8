package dk.traedesten.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One municipality's registration for an event, all rounds together: its participants, the choices it made for all
 * of them, and the running invoice (empty with the reason when the invoice cannot be priced yet).
 *
 * @param roundSizes the persons still registered in each round, in round order
 * @param bindingFrom the day registrations become binding, or null
 */
public record Registration(PublishedEvent page, int municipalityCode, List<Integer> roundSizes,
		List<Participant> participants, Set<UUID> organisationChoices, Optional<Quote> invoice,
		Optional<QuoteRefusedException> invoiceRefused, LocalDate bindingFrom, boolean binding) {

	public Registration {
		roundSizes = List.copyOf(roundSizes);
		participants = List.copyOf(participants);
		organisationChoices = Set.copyOf(organisationChoices);
	}

	public int nextRound() {
		return roundSizes.size() + 1;
	}
}
