package dk.traedesten.committees.web;

import dk.traedesten.committees.AgendaItem;
import dk.traedesten.committees.CommitteeFollowUps;
import dk.traedesten.committees.ItemLinks;
import dk.traedesten.committees.ItemPapers;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;

/**
 * What the secretary's item page shows besides the item itself (decision 0017): its cases (papers), the follow-ups of
 * its decision and its links to trials, the strategy or a call, each with the empty form to add one. Forms already
 * in the model (sent back with their errors) are kept.
 */
@Component
class ItemExtras {

	private final ItemPapers papers;

	private final CommitteeFollowUps followUps;

	private final ItemLinks links;

	ItemExtras(ItemPapers papers, CommitteeFollowUps followUps, ItemLinks links) {
		this.papers = papers;
		this.followUps = followUps;
		this.links = links;
	}

	void addTo(Model model, AgendaItem item) {
		model.addAttribute("papers", papers.of(item.id()));
		model.addAttribute("followUps", followUps.ofItem(item.id()));
		model.addAttribute("today", followUps.today());
		model.addAttribute("links", links.of(item.id()));
		model.addAttribute("linkChoices", links.choices());
		form(model, "paper", new PaperForm());
		form(model, "followUp", new FollowUpForm());
	}

	private static void form(Model model, String name, Object empty) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, empty);
		}
		if (!model.containsAttribute(BindingResult.MODEL_KEY_PREFIX + name)) {
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name,
					new BeanPropertyBindingResult(model.getAttribute(name), name));
		}
	}
}
