package dk.traedesten.partnerships;

import java.util.List;

/**
 * What an organiser sees of one partnership: each municipality with its people counted, and per network day how
 * many people attend.
 *
 * @param attendance people attending network day 1 to 4, in order
 */
public record PartnershipOverview(Partnership partnership, List<Row> municipalities, List<Integer> attendance) {

	/** One joined municipality. */
	public record Row(int municipalityCode, String municipality, int chiefs, int employees, List<Integer> attendance) {

		public int people() {
			return chiefs + employees;
		}
	}

	public PartnershipOverview {
		municipalities = List.copyOf(municipalities);
		attendance = List.copyOf(attendance);
	}

	public int people() {
		return municipalities.stream().mapToInt(Row::people).sum();
	}
}
