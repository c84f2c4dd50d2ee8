package dk.traedesten.partnerships.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dk.traedesten.identity.SignedInUser;
import dk.traedesten.partnerships.Member;
import dk.traedesten.partnerships.MemberRefusedException;
import dk.traedesten.partnerships.MemberRole;
import dk.traedesten.partnerships.MemberRules;
import dk.traedesten.partnerships.Membership;
import dk.traedesten.partnerships.Partnership;
import dk.traedesten.partnerships.PartnershipNotFoundException;
import dk.traedesten.partnerships.Partnerships;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The municipality's own side (seed 001): its administrator or strategy coordinator signs it up for one or both
 * partnerships and names the chief and up to four employees. Row-level security keeps another municipality's
 * membership out of reach: it answers 404 as if it did not exist.
 */
@Controller
@PreAuthorize("hasAnyRole('STRATEGY_COORDINATOR', 'ADMINISTRATOR') and principal.municipalityCode() != null")
class MembershipController {

	private final Partnerships partnerships;

	MembershipController(Partnerships partnerships) {
		this.partnerships = partnerships;
	}

	@GetMapping("/partnerskaber/kommune")
	String own(@AuthenticationPrincipal SignedInUser user, Model model) {
		Map<Partnership, Membership> memberships = new LinkedHashMap<>();
		for (Partnership partnership : partnerships.all()) {
			memberships.put(partnership, partnerships.membership(partnership.slug(), user.municipalityCode()).orElse(null));
		}
		model.addAttribute("memberships", memberships);
		model.addAttribute("maxEmployees", MemberRules.MAX_EMPLOYEES);
		return "partnerships/municipality";
	}

	@PostMapping("/partnerskaber/{slug}/tilmeld")
	String join(@AuthenticationPrincipal SignedInUser user, @PathVariable String slug) {
		partnerships.join(slug, user.municipalityCode(), user.email());
		return "redirect:/partnerskaber/kommune?tilmeldt#" + slug;
	}

	@GetMapping("/partnerskaber/{slug}/personer/ny")
	String newMember(@AuthenticationPrincipal SignedInUser user, @PathVariable String slug, Model model) {
		return form(slug, membership(user, slug), null, new MemberForm(), model);
	}

	@PostMapping("/partnerskaber/{slug}/personer/ny")
	String add(@AuthenticationPrincipal SignedInUser user, @PathVariable String slug,
			@ModelAttribute("member") MemberForm form, BindingResult errors, Model model) {
		Membership membership = membership(user, slug);
		if (!form.validate(errors)) {
			return form(slug, membership, null, form, model);
		}
		try {
			partnerships.addMember(slug, user.municipalityCode(), form.member());
		}
		catch (MemberRefusedException refused) {
			errors.rejectValue(refused.field(), refused.messageKey());
			return form(slug, membership, null, form, model);
		}
		return "redirect:/partnerskaber/kommune?gemt#" + slug;
	}

	@GetMapping("/partnerskaber/{slug}/personer/{memberId}")
	String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable String slug, @PathVariable UUID memberId,
			Model model) {
		Membership membership = membership(user, slug);
		return form(slug, membership, memberId, MemberForm.of(member(membership, memberId)), model);
	}

	@PostMapping("/partnerskaber/{slug}/personer/{memberId}")
	String change(@AuthenticationPrincipal SignedInUser user, @PathVariable String slug, @PathVariable UUID memberId,
			@ModelAttribute("member") MemberForm form, BindingResult errors, Model model) {
		Membership membership = membership(user, slug);
		member(membership, memberId);
		if (!form.validate(errors)) {
			return form(slug, membership, memberId, form, model);
		}
		try {
			partnerships.changeMember(slug, user.municipalityCode(), memberId, form.member());
		}
		catch (MemberRefusedException refused) {
			errors.rejectValue(refused.field(), refused.messageKey());
			return form(slug, membership, memberId, form, model);
		}
		return "redirect:/partnerskaber/kommune?gemt#" + slug;
	}

	@PostMapping("/partnerskaber/{slug}/personer/{memberId}/fjern")
	String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable String slug, @PathVariable UUID memberId) {
		partnerships.removeMember(slug, user.municipalityCode(), memberId);
		return "redirect:/partnerskaber/kommune?fjernet#" + slug;
	}

	private String form(String slug, Membership membership, UUID memberId, MemberForm form, Model model) {
		model.addAttribute("partnership", partnerships.find(slug).orElseThrow(() -> new PartnershipNotFoundException(slug)));
		model.addAttribute("membership", membership);
		model.addAttribute("memberId", memberId);
		model.addAttribute("member", form);
		model.addAttribute("roles", MemberRole.values());
		model.addAttribute("dayNumbers", java.util.List.of(1, 2, 3, 4));
		return "partnerships/member";
	}

	private Membership membership(SignedInUser user, String slug) {
		return partnerships.membership(slug, user.municipalityCode())
			.orElseThrow(() -> new PartnershipNotFoundException(slug));
	}

	private static Member member(Membership membership, UUID memberId) {
		return membership.members().stream().filter(member -> member.id().equals(memberId)).findFirst()
			.orElseThrow(() -> new PartnershipNotFoundException(memberId.toString()));
	}
}
