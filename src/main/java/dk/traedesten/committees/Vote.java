package dk.traedesten.committees;

/**
 * How a party or a member voted on an item. A party casts its seats together ("Ø", 1 seat); a member casts one.
 *
 * @param voter a party's letter or name, or a member's name, as the minutes write it
 */
public record Vote(String voter, int seats, VoteChoice choice) {

	public Vote {
		if (voter == null || voter.isBlank() || seats < 1 || choice == null) {
			throw new IllegalArgumentException("a vote has a voter, at least one seat and a choice");
		}
		voter = voter.strip();
	}
}
