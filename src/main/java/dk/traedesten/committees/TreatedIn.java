package dk.traedesten.committees;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agenda item that treated something of another module ("Behandlet i udvalget"), as the trial or strategy page
 * shows it: the committee, the meeting's date, the item's number and title, and whether its agenda is out (only then
 * is there a public page to link to).
 */
public record TreatedIn(UUID itemId, String committeeName, LocalDate meetsOn, int number, String title,
		boolean published) {
}
