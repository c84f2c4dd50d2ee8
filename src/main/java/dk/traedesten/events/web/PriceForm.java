package dk.traedesten.events.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.traedesten.events.DiscountTier;
import dk.traedesten.events.OfferRules;
import dk.traedesten.events.OfferRules.TierInput;
import dk.traedesten.events.PriceList;

import org.springframework.validation.BindingResult;

/**
 * An event's prices as the organiser types them, in kroner: the price per person, the municipal licence by class
 * (all three or none), the population that divides small from large municipalities, and up to three discount tiers.
 */
public class PriceForm {

	static final int TIERS = 3;

	private String perPerson = "0";

	private String island = "";

	private String small = "";

	private String large = "";

	private String threshold = "50000";

	private boolean thresholdPaysLarge;

	private List<Tier> tiers = new ArrayList<>(List.of(new Tier(), new Tier(), new Tier()));

	/** The form filled with the event's current prices, or the defaults of a free event. */
	static PriceForm of(Optional<PriceList> prices) {
		PriceForm form = new PriceForm();
		prices.ifPresent(list -> {
			form.perPerson = kroner(list.perPersonOre());
			if (list.offersLicence()) {
				form.island = kroner(list.islandLicenceOre());
				form.small = kroner(list.smallLicenceOre());
				form.large = kroner(list.largeLicenceOre());
			}
			form.threshold = String.valueOf(list.populationThreshold());
			form.thresholdPaysLarge = list.thresholdPaysLarge();
			for (int i = 0; i < Math.min(TIERS, list.discounts().size()); i++) {
				DiscountTier tier = list.discounts().get(i);
				form.tiers.get(i).setMoreThanPersons(String.valueOf(tier.moreThanPersons()));
				form.tiers.get(i).setPercent(String.valueOf(tier.percent()));
			}
		});
		return form;
	}

	boolean validate(BindingResult errors) {
		OfferRules.priceProblems(perPerson, island, small, large, threshold, inputs()).forEach(errors::rejectValue);
		return !errors.hasErrors();
	}

	PriceList priceList() {
		return OfferRules.priceList(perPerson, island, small, large, threshold, thresholdPaysLarge, inputs());
	}

	private List<TierInput> inputs() {
		return tiers.stream().limit(TIERS).map(tier -> new TierInput(tier.getMoreThanPersons(), tier.getPercent())).toList();
	}

	/** Øre as kroner the way the organiser types them back ("1945", "1945,50"). */
	private static String kroner(long ore) {
		return ore % 100 == 0 ? String.valueOf(ore / 100) : String.format("%d,%02d", ore / 100, ore % 100);
	}

	public String getPerPerson() {
		return perPerson;
	}

	public void setPerPerson(String perPerson) {
		this.perPerson = perPerson == null ? "" : perPerson;
	}

	public String getIsland() {
		return island;
	}

	public void setIsland(String island) {
		this.island = island == null ? "" : island;
	}

	public String getSmall() {
		return small;
	}

	public void setSmall(String small) {
		this.small = small == null ? "" : small;
	}

	public String getLarge() {
		return large;
	}

	public void setLarge(String large) {
		this.large = large == null ? "" : large;
	}

	public String getThreshold() {
		return threshold;
	}

	public void setThreshold(String threshold) {
		this.threshold = threshold == null ? "" : threshold;
	}

	public boolean isThresholdPaysLarge() {
		return thresholdPaysLarge;
	}

	public void setThresholdPaysLarge(boolean thresholdPaysLarge) {
		this.thresholdPaysLarge = thresholdPaysLarge;
	}

	public List<Tier> getTiers() {
		return tiers;
	}

	public void setTiers(List<Tier> tiers) {
		List<Tier> padded = new ArrayList<>(tiers == null ? List.of() : tiers);
		while (padded.size() < TIERS) {
			padded.add(new Tier());
		}
		this.tiers = padded;
	}

	/** One discount tier's two fields. */
	public static class Tier {

		private String moreThanPersons = "";

		private String percent = "";

		public String getMoreThanPersons() {
			return moreThanPersons;
		}

		public void setMoreThanPersons(String moreThanPersons) {
			this.moreThanPersons = moreThanPersons == null ? "" : moreThanPersons;
		}

		public String getPercent() {
			return percent;
		}

		public void setPercent(String percent) {
			this.percent = percent == null ? "" : percent;
		}
	}
}
