package dk.traedesten.committees;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a vote as a secretary writes it in the minutes, one voter a line: {@code A (3): for}, {@code Ø: imod},
 * {@code Hanne Jensen: undlod}. The number in brackets is the party's seats (1 when left out). A line that cannot be
 * read is named by its number, and a vote with more seats than the committee has members is refused: one or the
 * other is a typing error that must not reach the minutes.
 */
public final class VoteLines {

	/** The most lines one vote takes: a committee is never larger. */
	static final int MAX_LINES = 60;

	private static final Pattern LINE = Pattern.compile("([^():]+?)\\s*(?:\\((\\d{1,2})\\))?\\s*:\\s*(\\S+)\\s*");

	/** A vote read, or the first problem: a bundle key and its arguments (the line's number). */
	public record Read(List<Vote> votes, String problem, Object[] arguments) {

		public boolean ok() {
			return problem == null;
		}
	}

	private VoteLines() {
	}

	public static Read read(String text, int members) {
		List<Vote> votes = new ArrayList<>();
		String[] lines = text == null ? new String[0] : text.split("\\R");
		int number = 0;
		for (String line : lines) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			Matcher matcher = LINE.matcher(line.strip());
			VoteChoice choice = matcher.matches() ? choice(matcher.group(3)) : null;
			int seats = matcher.matches() && matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) : 1;
			if (choice == null || seats < 1 || matcher.group(1).isBlank()) {
				return new Read(List.of(), "committees.error.vote-line", new Object[] { number });
			}
			votes.add(new Vote(matcher.group(1), seats, choice));
			if (votes.size() > MAX_LINES) {
				return new Read(List.of(), "committees.error.vote-line", new Object[] { number });
			}
		}
		int cast = votes.stream().mapToInt(Vote::seats).sum();
		if (members > 0 && cast > members) {
			return new Read(List.of(), "committees.error.vote-too-many", new Object[] { cast, members });
		}
		return new Read(List.copyOf(votes), null, new Object[0]);
	}

	/** The vote as it is written back into the form. */
	public static String write(List<Vote> votes) {
		StringBuilder text = new StringBuilder();
		for (Vote vote : votes) {
			text.append(vote.voter());
			if (vote.seats() > 1) {
				text.append(" (").append(vote.seats()).append(')');
			}
			text.append(": ").append(switch (vote.choice()) {
				case FOR -> "for";
				case AGAINST -> "imod";
				case ABSTAIN -> "undlod";
			}).append('\n');
		}
		return text.toString().strip();
	}

	private static VoteChoice choice(String word) {
		return switch (word.toLowerCase(Locale.ROOT)) {
			case "for" -> VoteChoice.FOR;
			case "imod", "mod", "against" -> VoteChoice.AGAINST;
			case "undlod", "undlader", "hverken", "abstain", "abstained" -> VoteChoice.ABSTAIN;
			default -> null;
		};
	}
}
