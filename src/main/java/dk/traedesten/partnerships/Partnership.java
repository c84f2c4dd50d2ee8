package dk.traedesten.partnerships;

import java.util.List;
import java.util.UUID;

/**
 * A partnership as its public page shows it.
 *
 * @param organisers the organising organisations' names (KL, Komponent)
 * @param networkDays the published network days in order
 */
public record Partnership(UUID id, String slug, PartnershipKind kind, String title, String summary,
		List<String> organisers, List<NetworkDay> networkDays) {

	public Partnership {
		organisers = List.copyOf(organisers);
		networkDays = List.copyOf(networkDays);
	}
}
