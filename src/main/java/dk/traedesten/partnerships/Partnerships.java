package dk.traedesten.partnerships;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import dk.traedesten.events.EventCatalogue;
import dk.traedesten.events.PublishedEvent;
import dk.traedesten.organisation.Municipality;
import dk.traedesten.organisation.OrganisationDirectory;
import dk.traedesten.organisation.OtherOrganisation;
import dk.traedesten.partnerships.internal.PartnershipRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnerships for everyone (their page), for a municipality (joining and naming its people) and for the
 * organisers (the overview). Which memberships a caller sees is row-level security's decision (V032): a
 * municipality its own, the organisers all of their partnership's.
 */
@Service
public class Partnerships {

	private final PartnershipRepository partnerships;

	private final EventCatalogue events;

	private final OrganisationDirectory directory;

	Partnerships(PartnershipRepository partnerships, EventCatalogue events, OrganisationDirectory directory) {
		this.partnerships = partnerships;
		this.events = events;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	public List<Partnership> all() {
		return partnerships.all().stream().map(this::partnership).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Partnership> find(String slug) {
		return partnerships.findBySlug(slug).map(this::partnership);
	}

	/** The municipality's memberships, keyed by partnership id; the caller sees only its own municipality's. */
	@Transactional(readOnly = true)
	public Optional<Membership> membership(String slug, int municipalityCode) {
		PartnershipRepository.Row partnership = row(slug);
		return partnerships.membership(partnership.id(), municipalityCode).map(this::membership);
	}

	/** Signs the municipality up; signing up again changes nothing. */
	@Transactional
	public void join(String slug, int municipalityCode, String joinedBy) {
		partnerships.join(row(slug).id(), municipalityCode, joinedBy);
	}

	/**
	 * Names a person in the municipality's delegation.
	 * @throws MemberRefusedException a second chief or a fifth employee, with the Danish reason's key
	 * @throws PartnershipNotFoundException when the municipality has not joined (or the partnership is unknown)
	 */
	@Transactional
	public UUID addMember(String slug, int municipalityCode, NewMember member) {
		PartnershipRepository.MembershipRow membership = locked(slug, municipalityCode);
		refuseBeyondTheRule(partnerships.members(membership.id()).stream().map(Member::role).toList(), member.role());
		UUID id = UUID.randomUUID();
		partnerships.insertMember(id, membership, toMember(id, member));
		return id;
	}

	/** Renames a person, or changes their role or network days, under the same rule. */
	@Transactional
	public void changeMember(String slug, int municipalityCode, UUID memberId, NewMember member) {
		PartnershipRepository.MembershipRow membership = locked(slug, municipalityCode);
		List<Member> members = partnerships.members(membership.id());
		if (members.stream().noneMatch(existing -> existing.id().equals(memberId))) {
			throw new PartnershipNotFoundException(memberId.toString());
		}
		refuseBeyondTheRule(members.stream().filter(existing -> !existing.id().equals(memberId))
			.map(Member::role).toList(), member.role());
		partnerships.updateMember(membership.id(), toMember(memberId, member));
	}

	@Transactional
	public void removeMember(String slug, int municipalityCode, UUID memberId) {
		PartnershipRepository.MembershipRow membership = locked(slug, municipalityCode);
		if (partnerships.deleteMember(membership.id(), memberId) == 0) {
			throw new PartnershipNotFoundException(memberId.toString());
		}
	}

	/** The partnerships the caller organises, each with its municipalities and attendance; empty for others. */
	@Transactional(readOnly = true)
	public List<PartnershipOverview> overview() {
		List<PartnershipOverview> result = new ArrayList<>();
		for (PartnershipRepository.Row row : partnerships.all()) {
			if (!partnerships.organises(row.id())) {
				continue;
			}
			List<PartnershipOverview.Row> municipalities = new ArrayList<>();
			int[] total = new int[MemberRules.NETWORK_DAYS];
			for (PartnershipRepository.MembershipRow membership : partnerships.memberships(row.id())) {
				List<Member> members = partnerships.members(membership.id());
				List<Integer> attendance = IntStream.rangeClosed(1, MemberRules.NETWORK_DAYS)
					.mapToObj(day -> (int) members.stream().filter(member -> member.attends(day)).count())
					.toList();
				for (int day = 0; day < total.length; day++) {
					total[day] += attendance.get(day);
				}
				municipalities.add(new PartnershipOverview.Row(membership.municipalityCode(),
						directory.municipality(membership.municipalityCode()).map(Municipality::name).orElse(""),
						count(members, MemberRole.CHIEF), count(members, MemberRole.EMPLOYEE), attendance));
			}
			result.add(new PartnershipOverview(partnership(row), municipalities,
					IntStream.of(total).boxed().toList()));
		}
		return result;
	}

	private static void refuseBeyondTheRule(Collection<MemberRole> others, MemberRole role) {
		MemberRules.refusal(others, role).ifPresent(key -> {
			throw new MemberRefusedException("role", key);
		});
	}

	private static Member toMember(UUID id, NewMember member) {
		Set<Integer> days = new LinkedHashSet<>();
		member.networkDays().stream().filter(day -> day >= 1 && day <= MemberRules.NETWORK_DAYS).forEach(days::add);
		return new Member(id, member.role(), member.name().strip(), member.email().strip().toLowerCase(),
				member.jobTitle().strip(), days);
	}

	private static int count(List<Member> members, MemberRole role) {
		return (int) members.stream().filter(member -> member.role() == role).count();
	}

	private PartnershipRepository.MembershipRow locked(String slug, int municipalityCode) {
		return partnerships.lockMembership(row(slug).id(), municipalityCode)
			.orElseThrow(() -> new PartnershipNotFoundException(slug));
	}

	private PartnershipRepository.Row row(String slug) {
		return partnerships.findBySlug(slug).orElseThrow(() -> new PartnershipNotFoundException(slug));
	}

	private Membership membership(PartnershipRepository.MembershipRow row) {
		return new Membership(row.id(), row.partnershipId(), row.municipalityCode(), row.joinedBy(),
				row.joinedAt().toInstant(), partnerships.members(row.id()));
	}

	private Partnership partnership(PartnershipRepository.Row row) {
		List<String> organisers = partnerships.organisers(row.id()).stream()
			.map(id -> directory.organisation(id).map(OtherOrganisation::name).orElse(""))
			.sorted()
			.toList();
		List<NetworkDay> days = new ArrayList<>();
		List<String> slugs = partnerships.networkDaySlugs(row.id());
		for (int i = 0; i < slugs.size(); i++) {
			int number = i + 1;
			events.find(slugs.get(i)).map(event -> networkDay(number, event)).ifPresent(days::add);
		}
		return new Partnership(row.id(), row.slug(), row.kind(), row.title(), row.summary(), organisers, days);
	}

	private static NetworkDay networkDay(int number, PublishedEvent published) {
		var event = published.event();
		return new NetworkDay(number, event.slug(), event.title(), event.localStart(), event.localEnd(), event.place(),
				published.programme().stream()
					.map(item -> new NetworkDay.Slot(item.startsAt(), item.endsAt(), item.title()))
					.toList());
	}
}
