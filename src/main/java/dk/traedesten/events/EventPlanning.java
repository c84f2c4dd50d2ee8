package dk.traedesten.events;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.events.internal.EventRepository;

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

	EventPlanning(EventRepository events) {
		this.events = events;
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

	/** True when an event with the slug exists and the caller may see it. */
	@Transactional(readOnly = true)
	public boolean exists(String slug) {
		return events.findBySlug(slug).isPresent();
	}

	private static Timestamp timestamp(java.time.LocalDateTime local) {
		return Timestamp.from(local.atZone(Event.ZONE).toInstant());
	}
}
