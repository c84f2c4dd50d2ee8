package dk.traedesten.strategy;

/** Why a change to a strategy's model is refused; the message is {@code strategy.model.problem.<code>}. */
public enum ModelProblem {

	/** The centre is the one place where the bearing elements are put to work: a model has at most one. */
	SECOND_CENTRE("second-centre"),
	/** Trials must address every bearing element; a model that has some never loses the last one. */
	LAST_BEARING("last-bearing"),
	/** An approved strategy is what trials are measured against, so it needs at least one bearing element. */
	APPROVAL_WITHOUT_BEARING("approval-without-bearing");

	private final String code;

	ModelProblem(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public String messageKey() {
		return "strategy.model.problem." + code;
	}
}
