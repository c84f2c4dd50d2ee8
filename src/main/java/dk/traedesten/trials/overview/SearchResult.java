package dk.traedesten.trials.overview;

import java.util.List;

/** One page of search results and how many trials matched in all. */
public record SearchResult(List<TrialHit> hits, int total, int page, int pageSize) {

	public int pages() {
		return Math.max(1, (total + pageSize - 1) / pageSize);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages();
	}

	/** The position of the first hit on this page, counting from 1 (0 when nothing matched). */
	public int first() {
		return hits.isEmpty() ? 0 : (page - 1) * pageSize + 1;
	}

	public int last() {
		return hits.isEmpty() ? 0 : first() + hits.size() - 1;
	}
}
