package dk.traedesten.committees;

import java.util.UUID;

/** A case an agenda item treats, with its own case number and title; an item may treat several. */
public record Paper(UUID id, UUID itemId, String caseNumber, String title) {
}
