package dk.traedesten.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One registrant's registration for an event (a municipality's or another organisation's), all rounds together: its participants, the choices it made for all
 * of them, and the running invoice (empty with the reason when the invoice cannot be priced yet).
 *
 * @param roundSizes the persons still registered in each round, in round order
 * @param bindingFrom the day registrations become binding, or null
 */
public record Registration(PublishedEvent page, Registrant registrant, List<Integer> roundSizes,
		List<Participant> participants, Set<UUID> organisationChoices, Optional<Quote> invoice,
		Optional<QuoteRefusedException> invoiceRefused, LocalDate bindingFrom, boolean binding) {

	public Registration {
		roundSizes = List.copyOf(roundSizes);
		participants = List.copyOf(participants);
		organisationChoices = Set.copyOf(organisationChoices);
	}

	/** The registering municipality, or null for an organisation outside the municipalities. */
	public Integer municipalityCode() {
		return registrant.municipalityCode();
	}

	public int nextRound() {
		return roundSizes.size() + 1;
	}
}
