package dk.traedesten.events;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.events.internal.EventRepository;
import dk.traedesten.events.internal.InvoiceRepository;
import dk.traedesten.events.internal.RegistrationRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans an event in one go: the event, its choice groups, programme and prices, then publishes it. The database
 * lets only the organiser's people with the EVENT_ORGANISER role (or the platform-wide scope) write (V015).
 */
@Service
public class EventPlanning {

	/** A choice group to create, named as the programme items refer to it. */
	public record NewChoiceGroup(String name, String description, int minChoices, int maxChoices, Chooser chooser) {
	}

	private final EventRepository events;

	private final RegistrationRepository registrations;

	private final InvoiceRepository invoices;

	EventPlanning(EventRepository events, RegistrationRepository registrations, InvoiceRepository invoices) {
		this.events = events;
		this.registrations = registrations;
		this.invoices = invoices;
	}

	@Transactional
	public UUID plan(NewEvent event, List<NewChoiceGroup> groups, List<NewProgrammeItem> programme, PriceList prices) {
		UUID id = UUID.randomUUID();
		Integer code = event.organiser().municipalityCode();
		events.insert(new EventRepository.Row(id, event.slug(), event.kind(), event.title(), event.theme(), code,
				event.organiser().organisationId(), timestamp(event.startsAt()), timestamp(event.endsAt()),
				event.format(), event.place(), event.invitation(), event.practical(), false));
		Map<String, UUID> groupIds = new HashMap<>();
		for (NewChoiceGroup group : groups) {
			ChoiceGroup created = new ChoiceGroup(UUID.randomUUID(), group.name(), group.description(), group.minChoices(),
					group.maxChoices(), group.chooser());
			events.insertGroup(id, code, created);
			groupIds.put(group.name(), created.id());
		}
		int position = 0;
		for (NewProgrammeItem item : programme) {
			UUID group = null;
			if (item.group() != null) {
				group = groupIds.get(item.group());
				if (group == null) {
					throw new IllegalArgumentException("no choice group named " + item.group());
				}
			}
			events.insertItem(id, code, new ProgrammeItem(UUID.randomUUID(), ++position, item.startsAt(),
					item.endsAt(), item.kind(), item.section(), item.title(), item.description(), item.speakers(),
					item.venue(), group, item.capacity()));
		}
		events.savePrices(id, code, prices);
		return id;
	}

	@Transactional
	public void publish(UUID eventId) {
		events.publish(eventId);
	}

	/** The event with the slug as its organiser plans it, draft or published; empty for everyone else. */
	@Transactional(readOnly = true)
	public Optional<PlannedEvent> planned(String slug) {
		return events.findBySlug(slug)
			.filter(row -> events.organises(row.id()))
			.map(row -> new PlannedEvent(row.id(), row.slug(), row.title(), row.kind(), row.format(), row.place(),
					LocalDateTime.ofInstant(row.startsAt().toInstant(), Event.ZONE),
					LocalDateTime.ofInstant(row.endsAt().toInstant(), Event.ZONE), row.published(),
					events.programme(row.id()), events.groups(row.id()), events.prices(row.id()),
					registrations.bindingFrom(row.id()).orElse(null), invoices.closedAt(row.id()).isPresent()));
	}

	/**
	 * Adds an item to the programme of an event the caller organises. The programme stays in order of time:
	 * positions are numbered again after each change.
	 * @throws EventNotFoundException when the caller does not organise the event
	 */
	@Transactional
	public void addItem(String slug, NewProgrammeItem item) {
		PlannedEvent event = planned(slug).orElseThrow(() -> new EventNotFoundException(slug));
		Integer code = events.findBySlug(slug).orElseThrow().municipalityCode();
		int last = event.programme().stream().mapToInt(ProgrammeItem::position).max().orElse(0);
		UUID group = null;
		if (item.group() != null) {
			group = event.groups().stream().filter(candidate -> candidate.name().equals(item.group())).findFirst()
				.orElseThrow(() -> new EventNotFoundException(item.group())).id();
		}
		events.insertItem(event.id(), code, new ProgrammeItem(UUID.randomUUID(), last + 1, item.startsAt(),
				item.endsAt(), item.kind(), item.section(), item.title(), item.description(), item.speakers(),
				item.venue(), group, item.capacity()));
		events.renumberProgramme(event.id());
	}

	/**
	 * Removes an item that no choice group offers from the programme.
	 * @return false when the item is not on the event's programme
	 */
	@Transactional
	public boolean removeItem(String slug, UUID itemId) {
		PlannedEvent event = planned(slug).orElseThrow(() -> new EventNotFoundException(slug));
		boolean removable = event.programme().stream()
			.anyMatch(item -> item.id().equals(itemId) && item.choiceGroupId() == null);
		if (!removable) {
			return false;
		}
		events.deleteItem(event.id(), itemId);
		events.renumberProgramme(event.id());
		return true;
	}

	/** Adds a choice group to an event the caller organises; items join it as they are added. */
	@Transactional
	public void addGroup(String slug, NewChoiceGroup group) {
		PlannedEvent event = planned(slug).orElseThrow(() -> new EventNotFoundException(slug));
		Integer code = events.findBySlug(slug).orElseThrow().municipalityCode();
		events.insertGroup(event.id(), code, new ChoiceGroup(UUID.randomUUID(), group.name(), group.description(),
				group.minChoices(), group.maxChoices(), group.chooser()));
	}

	/**
	 * Removes a choice group that offers no item yet (an item's choices would lose their rule).
	 * @return false when the group is not the event's or still offers items
	 */
	@Transactional
	public boolean removeGroup(String slug, UUID groupId) {
		PlannedEvent event = planned(slug).orElseThrow(() -> new EventNotFoundException(slug));
		boolean removable = event.groups().stream().anyMatch(group -> group.id().equals(groupId))
				&& event.programme().stream().noneMatch(item -> groupId.equals(item.choiceGroupId()));
		if (removable) {
			events.deleteGroup(event.id(), groupId);
		}
		return removable;
	}

	/**
	 * Sets the event's prices. Refused once invoicing is closed: the invoices were priced by the old list. Running
	 * invoices follow the new list at once.
	 */
	@Transactional
	public void setPrices(String slug, PriceList prices) {
		PlannedEvent event = planned(slug).orElseThrow(() -> new EventNotFoundException(slug));
		if (event.invoicingClosed()) {
			throw new InvoicingRefusedException(InvoicingRefusedException.Reason.ALREADY_CLOSED);
		}
		events.savePrices(event.id(), events.findBySlug(slug).orElseThrow().municipalityCode(), prices);
	}

	/** Sets the day registrations for the event become binding, or none (null). */
	@Transactional
	public void setBindingFrom(String slug, java.time.LocalDate day) {
		PlannedEvent event = planned(slug).orElseThrow(() -> new EventNotFoundException(slug));
		registrations.setBindingFrom(event.id(), day);
	}

	/** Publishes an event the caller organises. */
	@Transactional
	public void publish(String slug) {
		PlannedEvent event = planned(slug).orElseThrow(() -> new EventNotFoundException(slug));
		events.publish(event.id());
	}

	/** True when an event with the slug exists and the caller may see it. */
	@Transactional(readOnly = true)
	public boolean exists(String slug) {
		return events.findBySlug(slug).isPresent();
	}

	private static Timestamp timestamp(LocalDateTime local) {
		return Timestamp.from(local.atZone(Event.ZONE).toInstant());
	}
}
