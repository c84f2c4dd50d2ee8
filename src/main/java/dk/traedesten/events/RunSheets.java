package dk.traedesten.events;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dk.traedesten.events.internal.EventRepository;
import dk.traedesten.events.internal.RunSheetRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organiser's run sheet of an event (decision 0014). Every method first finds the event as its organiser plans
 * it, so anyone else finds nothing ({@link EventNotFoundException}); the database's row-level security (V030) is the
 * second guard. A line that fails {@link RunSheetRules} is refused whole, with its problems by field.
 */
@Service
@Transactional
public class RunSheets {

	/** A line refused with its problems: message keys by field. */
	public static final class RowRefusedException extends RuntimeException {

		private final transient Map<String, String> problems;

		RowRefusedException(Map<String, String> problems) {
			super("run sheet line refused: " + problems);
			this.problems = Map.copyOf(problems);
		}

		public Map<String, String> problems() {
			return problems;
		}
	}

	private final EventPlanning planning;

	private final EventRepository events;

	private final RunSheetRepository rows;

	RunSheets(EventPlanning planning, EventRepository events, RunSheetRepository rows) {
		this.planning = planning;
		this.events = events;
		this.rows = rows;
	}

	@Transactional(readOnly = true)
	public Optional<RunSheet> of(String slug) {
		return planning.planned(slug).map(event -> {
			var lines = rows.rows(event.id());
			return new RunSheet(event, lines, RunSheetRules.notInSheet(event.programme(), lines));
		});
	}

	public UUID add(String slug, NewRunSheetRow row) {
		PlannedEvent event = planned(slug);
		check(event, row);
		return rows.insert(event.id(), municipality(slug), null, row);
	}

	/** Copies the programme items not in the sheet yet in as lines; returns how many. */
	public int copyProgramme(String slug) {
		RunSheet sheet = of(slug).orElseThrow(() -> new EventNotFoundException(slug));
		Integer code = municipality(slug);
		for (ProgrammeItem item : sheet.notInSheet()) {
			rows.insert(sheet.event().id(), code, item.id(), RunSheetRules.fromProgramme(item));
		}
		return sheet.notInSheet().size();
	}

	/** @return false when the line is not in this event's sheet */
	public boolean edit(String slug, UUID rowId, NewRunSheetRow row) {
		PlannedEvent event = planned(slug);
		check(event, row);
		return rows.update(event.id(), rowId, row);
	}

	public boolean tick(String slug, UUID rowId, boolean done) {
		return rows.tick(planned(slug).id(), rowId, done);
	}

	public boolean delete(String slug, UUID rowId) {
		return rows.delete(planned(slug).id(), rowId);
	}

	private static void check(PlannedEvent event, NewRunSheetRow row) {
		Map<String, String> problems = RunSheetRules.problems(row, event.startsAt(), event.endsAt());
		if (!problems.isEmpty()) {
			throw new RowRefusedException(problems);
		}
	}

	private PlannedEvent planned(String slug) {
		return planning.planned(slug).orElseThrow(() -> new EventNotFoundException(slug));
	}

	private Integer municipality(String slug) {
		return events.findBySlug(slug).orElseThrow(() -> new EventNotFoundException(slug)).municipalityCode();
	}
}
