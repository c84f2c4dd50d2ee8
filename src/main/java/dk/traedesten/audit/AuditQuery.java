package dk.traedesten.audit;

import java.time.LocalDate;

/** Filters for browsing the trail; null means "any". Pages are numbered from 1. */
public record AuditQuery(String tableName, String actor, String operation, LocalDate from, LocalDate to, int page) {

	public static final int PAGE_SIZE = 50;

	public AuditQuery {
		page = Math.max(page, 1);
	}

	public int offset() {
		return (page - 1) * PAGE_SIZE;
	}
}
