package dk.traedesten.committees;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VoteLinesTests {

	@Test
	void aVoteIsReadLineByLineWithSeatsAndDanishWords() {
		VoteLines.Read read = VoteLines.read("A (3): for\n\nV (2): For\nØ: imod\nHanne Jensen: undlod\n", 9);

		assertThat(read.ok()).isTrue();
		Voting voting = new Voting(read.votes(), "");
		assertThat(voting.seats(VoteChoice.FOR)).isEqualTo(5);
		assertThat(voting.seats(VoteChoice.AGAINST)).isEqualTo(1);
		assertThat(voting.seats(VoteChoice.ABSTAIN)).isEqualTo(1);
		assertThat(voting.of(VoteChoice.ABSTAIN)).containsExactly(new Vote("Hanne Jensen", 1, VoteChoice.ABSTAIN));
	}

	@Test
	void aLineThatCannotBeReadIsNamedByItsNumber() {
		VoteLines.Read read = VoteLines.read("A (3): for\nV stemte for\n", 9);

		assertThat(read.ok()).isFalse();
		assertThat(read.problem()).isEqualTo("committees.error.vote-line");
		assertThat(read.arguments()).containsExactly(2);
		assertThat(VoteLines.read("Ø: måske", 9).arguments()).containsExactly(1);
		assertThat(VoteLines.read("(2): for", 9).ok()).isFalse();
	}

	@Test
	void moreSeatsThanTheCommitteeHasMembersIsRefused() {
		VoteLines.Read read = VoteLines.read("A (5): for\nV (5): imod", 9);

		assertThat(read.problem()).isEqualTo("committees.error.vote-too-many");
		assertThat(read.arguments()).containsExactly(10, 9);
		assertThat(VoteLines.read("A (5): for\nV (4): imod", 9).ok()).isTrue();
	}

	@Test
	void nothingWrittenIsNoVote() {
		assertThat(VoteLines.read("", 9).votes()).isEmpty();
		assertThat(VoteLines.read(null, 9).ok()).isTrue();
	}

	@Property
	void whatIsWrittenBackReadsTheSame(@ForAll("votes") List<Vote> votes) {
		VoteLines.Read read = VoteLines.read(VoteLines.write(votes), 0);

		assertThat(read.ok()).isTrue();
		assertThat(read.votes()).isEqualTo(votes);
	}

	@Provide
	Arbitrary<List<Vote>> votes() {
		Arbitrary<String> voter = Arbitraries.of("A", "B", "C", "F", "I", "K", "O", "V", "Ø", "Å", "Hanne Jensen",
				"Lars Ø. Møller", "Sofie Krag-Hansen");
		Arbitrary<Vote> vote = Combinators.combine(voter, Arbitraries.integers().between(1, 9),
				Arbitraries.of(VoteChoice.class)).as(Vote::new);
		return vote.list().ofMaxSize(12);
	}
}
