package dk.traedesten.audit;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** One recorded change of one row. */
public record AuditEvent(long id, OffsetDateTime occurredAt, String actor, Integer municipalityCode,
		String tableName, String rowId, String operation, Map<String, Object> before, Map<String, Object> after) {

	/** One field as it was and as it became. */
	public record FieldChange(String field, Object before, Object after) {
	}

	/**
	 * The fields that differ between before and after (all fields for inserts and deletes), in name order,
	 * which is what a reader of the trail wants to see.
	 */
	public List<FieldChange> changes() {
		TreeSet<String> fields = new TreeSet<>();
		if (before != null) {
			fields.addAll(before.keySet());
		}
		if (after != null) {
			fields.addAll(after.keySet());
		}
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			Object old = before == null ? null : before.get(field);
			Object now = after == null ? null : after.get(field);
			if (before == null || after == null || !Objects.equals(old, now)) {
				changes.add(new FieldChange(field, old, now));
			}
		}
		return changes;
	}
}
