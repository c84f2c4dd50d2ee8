package dk.traedesten.partnerships.web;

import java.util.Optional;
import java.util.Set;

import dk.traedesten.partnerships.CallbackTopic;
import dk.traedesten.partnerships.NewCallback;
import dk.traedesten.partnerships.PhoneNumbers;
import dk.traedesten.partnerships.SensitiveText;

import org.springframework.validation.BindingResult;

/**
 * The public "ring mig op" form. {@code website} is the honeypot: hidden from people and screen readers, so only a
 * robot fills it in.
 */
public class CallbackForm {

	static final int TEXT_MAX = 200;

	private String name = "";

	private String municipality = "";

	private String phone = "";

	private String topic = "";

	private String preferredTime = "";

	private boolean consent;

	private String website = "";

	boolean validate(BindingResult errors, Set<Integer> municipalities) {
		if (name.isBlank()) {
			errors.rejectValue("name", "partnerships.callback.error.name");
		}
		else if (name.strip().length() > TEXT_MAX) {
			errors.rejectValue("name", "partnerships.callback.error.too-long");
		}
		else if (SensitiveText.looksLikeCpr(name)) {
			errors.rejectValue("name", "partnerships.callback.error.cpr");
		}
		if (municipalityCode().filter(municipalities::contains).isEmpty()) {
			errors.rejectValue("municipality", "partnerships.callback.error.municipality");
		}
		if (phone.isBlank()) {
			errors.rejectValue("phone", "partnerships.callback.error.phone-missing");
		}
		else if (PhoneNumbers.danish(phone).isEmpty()) {
			errors.rejectValue("phone", "partnerships.callback.error.phone");
		}
		if (topic() == null) {
			errors.rejectValue("topic", "partnerships.callback.error.topic");
		}
		if (preferredTime.strip().length() > TEXT_MAX) {
			errors.rejectValue("preferredTime", "partnerships.callback.error.too-long");
		}
		else if (SensitiveText.looksLikeCpr(preferredTime)) {
			errors.rejectValue("preferredTime", "partnerships.callback.error.cpr");
		}
		if (!consent) {
			errors.rejectValue("consent", "partnerships.callback.error.consent");
		}
		return !errors.hasErrors();
	}

	boolean filledByRobot() {
		return website != null && !website.isBlank();
	}

	NewCallback request() {
		return new NewCallback(name.strip(), municipalityCode().orElseThrow(), PhoneNumbers.danish(phone).orElseThrow(),
				topic(), preferredTime.strip());
	}

	private Optional<Integer> municipalityCode() {
		try {
			return Optional.of(Integer.parseInt(municipality.strip()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private CallbackTopic topic() {
		try {
			return topic == null || topic.isBlank() ? null : CallbackTopic.valueOf(topic);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name == null ? "" : name;
	}

	public String getMunicipality() {
		return municipality;
	}

	public void setMunicipality(String municipality) {
		this.municipality = municipality == null ? "" : municipality;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone == null ? "" : phone;
	}

	public String getTopic() {
		return topic;
	}

	public void setTopic(String topic) {
		this.topic = topic == null ? "" : topic;
	}

	public String getPreferredTime() {
		return preferredTime;
	}

	public void setPreferredTime(String preferredTime) {
		this.preferredTime = preferredTime == null ? "" : preferredTime;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}
}
