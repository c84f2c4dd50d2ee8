package dk.traedesten.strategy.web;

import dk.traedesten.strategy.OnboardingItem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an onboarding checklist item's form sends. */
record OnboardingForm(@NotBlank(message = "{strategy.onboarding.error.text-required}")
		@Size(max = 500, message = "{strategy.error.too-long}") String text,
		@Size(max = 200, message = "{strategy.error.too-long}") String responsible) {

	static OnboardingForm empty() {
		return new OnboardingForm("", "");
	}

	static OnboardingForm of(OnboardingItem item) {
		return new OnboardingForm(item.text(), item.responsible());
	}

	OnboardingItem draft() {
		return OnboardingItem.draft(text, responsible);
	}
}
