package dk.traedesten.events;

/** Øre as the decimal kroner string the API and the invoice show ("24069.38"). */
public final class Amounts {

	private Amounts() {
	}

	public static String decimal(long ore) {
		String sign = ore < 0 ? "-" : "";
		long abs = Math.abs(ore);
		return sign + (abs / 100) + "." + String.format("%02d", abs % 100);
	}

	/** A whole percentage with the same two decimals ("10.00"). */
	public static String percent(int percent) {
		return percent + ".00";
	}
}
