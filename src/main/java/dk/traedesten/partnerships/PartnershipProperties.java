package dk.traedesten.partnerships;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param callbackRetentionDays days a "ring mig op" request is kept after it was sent; the consent text says it
 * @param callbackLimitPerHour requests one client address may send within an hour
 */
@ConfigurationProperties("traedesten.partnerships")
public record PartnershipProperties(@DefaultValue("90") int callbackRetentionDays,
		@DefaultValue("5") int callbackLimitPerHour) {

	public PartnershipProperties {
		if (callbackRetentionDays < 1 || callbackLimitPerHour < 1) {
			throw new IllegalArgumentException("retention and limit must be positive");
		}
	}
}
