package dk.traedesten.committees;

import java.util.List;

/** A template an item starts from, read from the table {@code agenda_item_template}: its code and its sections. */
public record ItemTemplate(String code, List<SectionKind> sections) {
}
