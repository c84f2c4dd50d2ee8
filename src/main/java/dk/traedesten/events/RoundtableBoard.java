package dk.traedesten.events;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organiser's view of a webinar's roundtables: the tables in order and those not yet seated. */
public record RoundtableBoard(PlannedEvent event, int capacity, List<Roundtable> tables,
		List<SeatedParticipant> unseated) {

	public RoundtableBoard {
		tables = List.copyOf(tables);
		unseated = List.copyOf(unseated);
	}

	public int seated() {
		return tables.stream().mapToInt(table -> table.people().size()).sum();
	}

	/** Everyone registered, seated or not, by name. */
	public List<SeatedParticipant> everyone() {
		return java.util.stream.Stream.concat(tables.stream().flatMap(table -> table.people().stream()), unseated.stream())
			.sorted(java.util.Comparator.comparing((SeatedParticipant seat) -> seat.participant().name())
				.thenComparing(seat -> seat.participant().id()))
			.toList();
	}

	public Optional<Roundtable> table(UUID id) {
		return tables.stream().filter(table -> table.id().equals(id)).findFirst();
	}

	public List<Roundtable> withInput() {
		return tables.stream().filter(Roundtable::hasInput).toList();
	}
}
