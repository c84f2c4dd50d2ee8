package dk.traedesten.committees;

/** For, against, or abstaining ("undlod at stemme"). */
public enum VoteChoice {
	FOR, AGAINST, ABSTAIN
}
