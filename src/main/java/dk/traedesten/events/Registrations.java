package dk.traedesten.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dk.traedesten.events.RegistrationRefusedException.Reason;
import dk.traedesten.events.internal.RegistrationRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A registrant's registrations for a published event (decisions 0011 and 0019): rounds of participants counted together on
 * one running invoice, swaps, cancelling until the binding date, and session choices within the event's rules. Row
 * level security keeps each municipality or organisation to its own registrations; every method works in the caller's scope.
 */
@Service
@Transactional
public class Registrations {

	private final EventCatalogue catalogue;

	private final RegistrationRepository registrations;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Registrations(EventCatalogue catalogue, RegistrationRepository registrations, Clock clock,
			ApplicationEventPublisher events) {
		this.catalogue = catalogue;
		this.registrations = registrations;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Registration of(String slug, int municipality) {
		return of(slug, Registrant.municipality(municipality));
	}

	@Transactional(readOnly = true)
	public Registration of(String slug, Registrant who) {
		PublishedEvent page = published(slug);
		UUID event = page.event().id();
		List<Integer> rounds = registrations.roundSizes(event, who);
		Optional<Quote> invoice = Optional.empty();
		Optional<QuoteRefusedException> refused = Optional.empty();
		if (page.prices().isPresent()) {
			try {
				invoice = Optional.of(invoice(slug, page.prices().get(), who, rounds));
			}
			catch (QuoteRefusedException problem) {
				refused = Optional.of(problem);
			}
		}
		LocalDate binding = registrations.bindingFrom(event).orElse(null);
		return new Registration(page, who, rounds, registrations.participants(event, who),
				registrations.organisationChoices(event, who), invoice, refused, binding,
				!RegistrationRules.mayCancel(binding, today()));
	}

	/**
	 * Registers a round of people for the municipality. Refused as a whole when anyone already holds a seat at the
	 * event, so a round is never half-written.
	 */
	public int registerRound(String slug, int municipality, String registeredBy, List<NewParticipant> people) {
		return registerRound(slug, Registrant.municipality(municipality), registeredBy, people);
	}

	/**
	 * Registers a round of people for the registrant. Refused as a whole when anyone already holds a seat at the
	 * event, so a round is never half-written.
	 */
	public int registerRound(String slug, Registrant who, String registeredBy, List<NewParticipant> people) {
		if (people.isEmpty()) {
			throw new RegistrationRefusedException(Reason.EMPTY_ROUND);
		}
		UUID event = publishedId(slug);
		int number = registrations.nextRound(event, who);
		UUID round = registrations.insertRound(event, who, number, registeredBy);
		List<UUID> seats = new ArrayList<>();
		// The unique index on (event, e-mail) is the check: it sees every municipality's seats, which row-level
		// security would hide from a lookup first, and a refusal rolls the whole round back.
		for (NewParticipant person : people) {
			try {
				seats.add(registrations.insertParticipant(event, who, round, person));
			}
			catch (DuplicateKeyException elsewhere) {
				throw new RegistrationRefusedException(Reason.ALREADY_REGISTERED, person.email());
			}
		}
		events.publishEvent(new ParticipantsRegistered(slug, event, who, seats));
		return number;
	}

	@Transactional(readOnly = true)
	public Optional<Participant> participant(UUID id) {
		return registrations.participant(id);
	}

	@Transactional(readOnly = true)
	public Optional<UUID> seatOf(String slug, String email) {
		return registrations.seatOf(publishedId(slug), email);
	}

	/** Puts another person on the seat; allowed after the binding date too. The audit trail keeps the old name. */
	public void swap(UUID participantId, NewParticipant person) {
		Participant seat = registrations.participant(participantId).orElseThrow(() -> new EventNotFoundException(
				participantId.toString()));
		Optional<UUID> holder = registrations.seatOf(seat.eventId(), person.email());
		if (holder.isPresent() && !holder.get().equals(participantId)) {
			throw new RegistrationRefusedException(Reason.ALREADY_REGISTERED, person.email());
		}
		try {
			registrations.swap(participantId, person);
		}
		catch (DuplicateKeyException elsewhere) {
			throw new RegistrationRefusedException(Reason.ALREADY_REGISTERED, person.email());
		}
	}

	/** Gives the seat back, before the binding date only; the participant's sessions go to those waiting. */
	public void cancel(UUID participantId) {
		Participant seat = registrations.participant(participantId).orElseThrow(() -> new EventNotFoundException(
				participantId.toString()));
		LocalDate binding = registrations.bindingFrom(seat.eventId()).orElse(null);
		if (!RegistrationRules.mayCancel(binding, today())) {
			throw new RegistrationRefusedException(Reason.BINDING, binding);
		}
		registrations.cancel(participantId);
	}

	/** The municipality's choice for all its people in a group it chooses for (the political talk). */
	public Set<ChoiceProblem> chooseForMunicipality(String slug, int municipality, UUID groupId, Set<UUID> items) {
		return chooseForRegistrant(slug, Registrant.municipality(municipality), groupId, items);
	}

	/** The registrant's choice for all its people in a group it chooses for (the political talk). */
	public Set<ChoiceProblem> chooseForRegistrant(String slug, Registrant who, UUID groupId, Set<UUID> items) {
		EventCatalogue.ChoiceOffer offer = offer(publishedId(slug), slug);
		ChoiceGroup group = group(offer, groupId, Chooser.ORGANISATION);
		Set<ChoiceProblem> problems = ChoiceRules.check(group, offer.programme(), items, java.util.Map.of());
		if (problems.isEmpty()) {
			registrations.replaceOrganisationChoices(offer.eventId(), who, groupId, items);
		}
		return problems;
	}

	/**
	 * A participant's sessions in a group: the rule is checked first; then dropped sessions are given back (the
	 * first waiting moves up) and new ones are taken, or waited for when full. A full session is no problem here:
	 * the participant joins its waiting list.
	 */
	public Set<ChoiceProblem> chooseSessions(UUID participantId, UUID groupId, Set<UUID> items) {
		Participant participant = registrations.participant(participantId)
			.orElseThrow(() -> new EventNotFoundException(participantId.toString()));
		EventCatalogue.ChoiceOffer offer = offer(participant.eventId(), participantId.toString());
		ChoiceGroup group = group(offer, groupId, Chooser.PARTICIPANT);
		Set<ChoiceProblem> problems = ChoiceRules.check(group, offer.programme(), items, java.util.Map.of());
		if (!problems.isEmpty()) {
			return problems;
		}
		Set<UUID> current = new HashSet<>();
		for (SessionSeat seat : registrations.seats(participantId)) {
			if (seat.groupId().equals(groupId)) {
				current.add(seat.itemId());
			}
		}
		for (UUID dropped : current) {
			if (!items.contains(dropped)) {
				registrations.unchoose(participantId, dropped);
			}
		}
		for (UUID item : items) {
			if (!current.contains(item)) {
				registrations.choose(participant, groupId, item);
			}
		}
		return problems;
	}

	/**
	 * The participant's seat, if {@code viewer} may manage it: the municipality's registrar, or the participant
	 * (by e-mail). Anyone else, like a seat of another municipality, finds nothing.
	 */
	@Transactional(readOnly = true)
	public Optional<Participant> manageable(String slug, UUID participantId, String viewerEmail, boolean registrar) {
		UUID event = publishedId(slug);
		return registrations.participant(participantId)
			.filter(participant -> participant.eventId().equals(event))
			.filter(participant -> registrar || participant.email().equalsIgnoreCase(viewerEmail));
	}

	@Transactional(readOnly = true)
	public Optional<Schedule> schedule(String slug, UUID participantId) {
		PublishedEvent page = published(slug);
		return registrations.participant(participantId)
			.filter(participant -> participant.eventId().equals(page.event().id()))
			.map(participant -> new Schedule(page, participant, registrations.seats(participantId),
					registrations.organisationChoices(page.event().id(), participant.registrant()),
					RegistrationRules.mayCancel(registrations.bindingFrom(page.event().id()).orElse(null), today())));
	}

	/** Seats taken per session with a capacity, all municipalities together. */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, Integer> taken(String slug) {
		return registrations.taken(publishedId(slug));
	}

	/** Sets the day registrations become binding; only the organiser may (row-level security on the event). */
	public void setBindingFrom(String slug, LocalDate day) {
		registrations.setBindingFrom(publishedId(slug), day);
	}

	private Quote invoice(String slug, PriceList prices, Registrant who, List<Integer> rounds) {
		if (who.isMunicipality() && prices.offersLicence()) {
			return catalogue.quoteForMunicipality(slug, who.municipalityCode());
		}
		List<Integer> counted = new ArrayList<>(rounds);
		return RegistrationRules.invoice(prices, null, counted);
	}

	private PublishedEvent published(String slug) {
		return catalogue.find(slug).orElseThrow(() -> new EventNotFoundException(slug));
	}

	private UUID publishedId(String slug) {
		return catalogue.publishedId(slug).orElseThrow(() -> new EventNotFoundException(slug));
	}

	private EventCatalogue.ChoiceOffer offer(UUID eventId, String notFound) {
		return catalogue.choiceOffer(eventId).orElseThrow(() -> new EventNotFoundException(notFound));
	}

	private static ChoiceGroup group(EventCatalogue.ChoiceOffer offer, UUID groupId, Chooser chooser) {
		return offer.groups()
			.stream()
			.filter(group -> group.id().equals(groupId) && group.chooser() == chooser)
			.findFirst()
			.orElseThrow(() -> new EventNotFoundException(String.valueOf(groupId)));
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(Event.ZONE));
	}
}
