package dk.traedesten.trials.followup;

/** Which way an outcome moved, as the trial's own data showed it. */
public enum EffectDirection {
	IMPROVED, UNCHANGED, WORSENED, NOT_MEASURED
}
