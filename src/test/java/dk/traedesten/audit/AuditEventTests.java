package dk.traedesten.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AuditEventTests {

	@Test
	void anUpdateShowsOnlyTheFieldsThatChangedInNameOrder() {
		AuditEvent event = event("UPDATE", Map.of("name", "Skolen", "kind", "SCHOOL", "area_id", "a"),
				Map.of("name", "Skolen ved Stranden", "kind", "SCHOOL", "area_id", "b"));

		assertThat(event.changes()).containsExactly(new AuditEvent.FieldChange("area_id", "a", "b"),
				new AuditEvent.FieldChange("name", "Skolen", "Skolen ved Stranden"));
	}

	@Test
	void anInsertShowsEveryFieldAsNew() {
		AuditEvent event = event("INSERT", null, Map.of("name", "Skolen", "kind", "SCHOOL"));

		assertThat(event.changes()).containsExactly(new AuditEvent.FieldChange("kind", null, "SCHOOL"),
				new AuditEvent.FieldChange("name", null, "Skolen"));
	}

	@Test
	void aDeleteShowsEveryFieldAsRemoved() {
		AuditEvent event = event("DELETE", Map.of("name", "Skolen"), null);

		assertThat(event.changes()).containsExactly(new AuditEvent.FieldChange("name", "Skolen", null));
	}

	@Test
	void pagesAreNumberedFromOne() {
		assertThat(new AuditQuery(null, null, null, null, null, 0).page()).isEqualTo(1);
		assertThat(new AuditQuery(null, null, null, null, null, 3).offset()).isEqualTo(2 * AuditQuery.PAGE_SIZE);
	}

	private static AuditEvent event(String operation, Map<String, Object> before, Map<String, Object> after) {
		return new AuditEvent(1, OffsetDateTime.now(), "a@b.dk", 336, "unit", "x", operation, before, after);
	}
}
