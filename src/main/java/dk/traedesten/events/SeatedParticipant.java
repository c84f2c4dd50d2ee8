package dk.traedesten.events;

/** A participant at a table (or still without one), with the names of their area and unit and whether moved by hand. */
public record SeatedParticipant(WebinarParticipant participant, String areaName, String unitName, boolean moved) {
}
