package dk.traedesten.trials;

/** The Act of a PDSA cycle: adopt the change, adapt it in the next cycle, or abandon it. */
public enum PdsaAct {
	ADOPT, ADAPT, ABANDON
}
