package dk.traedesten.committees;

import java.util.List;

/**
 * The structured vote on an item's decision and the minority's note ("Et mindretal (Ø) kunne ikke tiltræde …"):
 * what OParl's free-text result cannot hold. Empty when the committee agreed without a vote.
 */
public record Voting(List<Vote> votes, String minorityNote) {

	public Voting {
		votes = List.copyOf(votes);
		minorityNote = minorityNote == null ? "" : minorityNote.strip();
	}

	public static Voting none() {
		return new Voting(List.of(), "");
	}

	public boolean isEmpty() {
		return votes.isEmpty() && minorityNote.isEmpty();
	}

	/** The seats that voted so. */
	public int seats(VoteChoice choice) {
		return votes.stream().filter(vote -> vote.choice() == choice).mapToInt(Vote::seats).sum();
	}

	/** The voters who voted so as the minutes list them: "A (3), V (2), Hanne Jensen". */
	public String voters(VoteChoice choice) {
		return String.join(", ", of(choice).stream()
			.map(vote -> vote.seats() > 1 ? vote.voter() + " (" + vote.seats() + ")" : vote.voter())
			.toList());
	}

	/** The voters who voted so, in the order they were written. */
	public List<Vote> of(VoteChoice choice) {
		return votes.stream().filter(vote -> vote.choice() == choice).toList();
	}
}
