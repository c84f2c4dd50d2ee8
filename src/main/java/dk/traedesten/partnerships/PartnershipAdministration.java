package dk.traedesten.partnerships;

import java.util.List;
import java.util.UUID;

import dk.traedesten.partnerships.internal.PartnershipRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets a partnership up: its organisers and its network days, which are events already planned through the events
 * module. Only the platform-wide scope or the partnership's organisers may write (V032).
 */
@Service
public class PartnershipAdministration {

	private final PartnershipRepository partnerships;

	PartnershipAdministration(PartnershipRepository partnerships) {
		this.partnerships = partnerships;
	}

	/** @param networkDays the four network days' event addresses, in order */
	@Transactional
	public UUID create(String slug, PartnershipKind kind, String title, String summary, List<UUID> organisers,
			List<String> networkDays) {
		if (networkDays.size() != MemberRules.NETWORK_DAYS) {
			throw new IllegalArgumentException("a partnership has " + MemberRules.NETWORK_DAYS + " network days");
		}
		UUID id = UUID.randomUUID();
		partnerships.insert(new PartnershipRepository.Row(id, slug, kind, title, summary));
		organisers.forEach(organisation -> partnerships.addOrganiser(id, organisation));
		for (int i = 0; i < networkDays.size(); i++) {
			partnerships.addNetworkDay(id, i + 1, networkDays.get(i));
		}
		return id;
	}

	@Transactional(readOnly = true)
	public boolean exists(String slug) {
		return partnerships.findBySlug(slug).isPresent();
	}
}
