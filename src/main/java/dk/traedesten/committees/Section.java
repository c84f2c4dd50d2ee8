package dk.traedesten.committees;

/** One section of an item, its text as written (line breaks kept). */
public record Section(SectionKind kind, String body) {
}
