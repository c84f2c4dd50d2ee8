package dk.traedesten.events;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an organiser must get right when setting an event's choice groups and prices by hand, each problem named by
 * its form field and a bundle key that says in Danish what is wrong. Amounts are typed in kroner the Danish way
 * ("1.945,00", "1945") and kept in øre.
 */
public final class OfferRules {

	public static final int NAME_MAX = 120;

	/** The most a licence can cost by hand, in kroner: more is a typing error. */
	public static final long LICENCE_MAX_KRONER = 1_000_000;

	private OfferRules() {
	}

	/** The problems of a choice group to add to an event that already has groups with these names. */
	public static Map<String, String> groupProblems(String name, Integer min, Integer max,
			Collection<String> takenNames) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (name == null || name.isBlank()) {
			problems.put("name", "events.offer.error.name-required");
		}
		else if (name.strip().length() > NAME_MAX) {
			problems.put("name", "events.offer.error.name-too-long");
		}
		else if (takenNames.stream().anyMatch(taken -> taken.equalsIgnoreCase(name.strip()))) {
			problems.put("name", "events.offer.error.name-taken");
		}
		if (min == null || min < 0) {
			problems.put("minChoices", "events.offer.error.min");
		}
		if (max == null || max < 1) {
			problems.put("maxChoices", "events.offer.error.max");
		}
		else if (min != null && min > max) {
			problems.put("maxChoices", "events.offer.error.max-below-min");
		}
		return problems;
	}

	/**
	 * Øre from kroner as a Danish office types them: digits with an optional decimal comma and at most two decimals,
	 * thousands marked with dots or not at all. Null when the text is no such amount.
	 */
	public static Long ore(String kroner) {
		if (kroner == null) {
			return null;
		}
		String text = kroner.strip().replace(" ", "").replace("kr.", "").replace("kr", "");
		if (!text.matches("\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?|\\d+(,\\d{1,2})?")) {
			return null;
		}
		return new BigDecimal(text.replace(".", "").replace(',', '.')).movePointRight(2).longValueExact();
	}

	/** A discount tier as typed: above how many persons, and how many per cent off; both empty means no tier. */
	public record TierInput(String moreThanPersons, String percent) {

		boolean blank() {
			return (moreThanPersons == null || moreThanPersons.isBlank()) && (percent == null || percent.isBlank());
		}
	}

	/**
	 * The problems of a price list as typed. Licence prices are given for all three classes or none; tiers must
	 * grow: a larger group never gets a smaller discount.
	 */
	public static Map<String, String> priceProblems(String perPerson, String island, String small, String large,
			String threshold, List<TierInput> tiers) {
		Map<String, String> problems = new LinkedHashMap<>();
		Long person = ore(perPerson);
		if (person == null || person > EventDraftRules.PRICE_MAX_KRONER * 100) {
			problems.put("perPerson", "events.offer.error.amount");
		}
		String[] licenceFields = { "island", "small", "large" };
		String[] licences = { island, small, large };
		int given = 0;
		for (int i = 0; i < licences.length; i++) {
			if (licences[i] == null || licences[i].isBlank()) {
				continue;
			}
			given++;
			Long amount = ore(licences[i]);
			if (amount == null || amount > LICENCE_MAX_KRONER * 100) {
				problems.put(licenceFields[i], "events.offer.error.amount");
			}
		}
		if (given > 0 && given < 3) {
			for (int i = 0; i < licences.length; i++) {
				if (licences[i] == null || licences[i].isBlank()) {
					problems.put(licenceFields[i], "events.offer.error.licence-all-or-none");
				}
			}
		}
		Integer population = whole(threshold);
		if (population == null || population < 1) {
			problems.put("threshold", "events.offer.error.threshold");
		}
		int lastPersons = 0;
		int lastPercent = 0;
		for (int i = 0; i < tiers.size(); i++) {
			TierInput tier = tiers.get(i);
			if (tier.blank()) {
				continue;
			}
			Integer persons = whole(tier.moreThanPersons());
			Integer percent = whole(tier.percent());
			String field = "tiers[" + i + "]";
			if (persons == null || persons < 1) {
				problems.put(field + ".moreThanPersons", "events.offer.error.tier-persons");
			}
			else if (persons <= lastPersons) {
				problems.put(field + ".moreThanPersons", "events.offer.error.tier-order");
			}
			if (percent == null || percent < 1 || percent > 100) {
				problems.put(field + ".percent", "events.offer.error.tier-percent");
			}
			else if (percent <= lastPercent) {
				problems.put(field + ".percent", "events.offer.error.tier-smaller");
			}
			if (persons != null && persons > lastPersons) {
				lastPersons = persons;
			}
			if (percent != null && percent > lastPercent && percent <= 100) {
				lastPercent = percent;
			}
		}
		return problems;
	}

	/** The price list the typed values give; call only when {@link #priceProblems} found none. */
	public static PriceList priceList(String perPerson, String island, String small, String large, String threshold,
			boolean thresholdPaysLarge, List<TierInput> tiers) {
		boolean licence = island != null && !island.isBlank();
		List<DiscountTier> discounts = new ArrayList<>();
		for (TierInput tier : tiers) {
			if (!tier.blank()) {
				discounts.add(new DiscountTier(whole(tier.moreThanPersons()), whole(tier.percent())));
			}
		}
		return new PriceList(licence ? ore(island) : null, licence ? ore(small) : null, licence ? ore(large) : null,
				whole(threshold), thresholdPaysLarge, ore(perPerson), PricingRules.DANISH_VAT_PERCENT, discounts);
	}

	private static Integer whole(String text) {
		if (text == null) {
			return null;
		}
		String digits = text.strip().replace(".", "");
		if (!digits.matches("\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(digits);
	}
}
