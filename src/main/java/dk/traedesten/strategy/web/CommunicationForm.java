package dk.traedesten.strategy.web;

import dk.traedesten.strategy.CommunicationItem;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a row of the communication plan's form sends: every field is needed for the plan to be followed. */
record CommunicationForm(@NotBlank(message = "{strategy.communication.error.audience-required}")
		@Size(max = 300, message = "{strategy.error.too-long}") String audience,
		@NotBlank(message = "{strategy.communication.error.message-required}")
		@Size(max = 1000, message = "{strategy.error.too-long}") String message,
		@NotBlank(message = "{strategy.communication.error.channel-required}")
		@Size(max = 300, message = "{strategy.error.too-long}") String channel,
		@NotBlank(message = "{strategy.communication.error.timing-required}")
		@Size(max = 200, message = "{strategy.error.too-long}") String timing,
		@NotBlank(message = "{strategy.communication.error.owner-required}")
		@Size(max = 200, message = "{strategy.error.too-long}") String owner) {

	static CommunicationForm empty() {
		return new CommunicationForm("", "", "", "", "");
	}

	static CommunicationForm of(CommunicationItem item) {
		return new CommunicationForm(item.audience(), item.message(), item.channel(), item.timing(), item.owner());
	}

	CommunicationItem draft() {
		return CommunicationItem.draft(audience, message, channel, timing, owner);
	}
}
