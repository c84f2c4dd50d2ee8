package dk.traedesten.events;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Seed 004's terms of registration as rules: a registration is binding from the event's binding date on (cancelling
 * is refused, swapping the name on a seat is not), and the organisation gets one invoice over all its rounds.
 */
public final class RegistrationRules {

	/** Enough to catch a typing error; the address is confirmed by the mail that reaches it, not here. */
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private RegistrationRules() {
	}

	/** True when a seat may still be given back: no binding date, or a day before it. */
	public static boolean mayCancel(LocalDate bindingFrom, LocalDate today) {
		return bindingFrom == null || today.isBefore(bindingFrom);
	}

	/**
	 * The organisation's running invoice: a municipality's licence when the event offers one ({@code licence} not
	 * null), otherwise every round's persons counted together at the price per person with the discount their sum
	 * reaches.
	 */
	public static Quote invoice(PriceList prices, LicenceClass licence, List<Integer> personsPerRound) {
		if (licence != null) {
			return PricingRules.licence(prices, licence);
		}
		return PricingRules.perPerson(prices, personsPerRound);
	}

	public static boolean plausibleEmail(String email) {
		return email != null && EMAIL.matcher(email.strip()).matches();
	}
}
