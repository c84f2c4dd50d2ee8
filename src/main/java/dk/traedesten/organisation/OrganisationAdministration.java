package dk.traedesten.organisation;

import java.util.UUID;

import dk.traedesten.organisation.internal.AreaRepository;
import dk.traedesten.organisation.internal.MembershipRepository;
import dk.traedesten.organisation.internal.MunicipalityRepository;
import dk.traedesten.organisation.internal.PersonRepository;
import dk.traedesten.organisation.internal.UnitRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds up a municipality's organisation: areas, units, people and their roles. Used by the admin pages
 * and by set-up code such as the demo data; who may call it is decided by the callers' web layer.
 */
@Service
@Transactional
public class OrganisationAdministration {

	private final MunicipalityRepository municipalities;

	private final AreaRepository areas;

	private final UnitRepository units;

	private final PersonRepository people;

	private final MembershipRepository memberships;

	OrganisationAdministration(MunicipalityRepository municipalities, AreaRepository areas, UnitRepository units,
			PersonRepository people, MembershipRepository memberships) {
		this.municipalities = municipalities;
		this.areas = areas;
		this.units = units;
		this.people = people;
		this.memberships = memberships;
	}

	/** Marks a municipality as using the platform. */
	public void enrol(int municipalityCode) {
		municipalities.markTenant(municipalityCode);
	}

	public UUID addArea(int municipalityCode, String name) {
		return areas.create(municipalityCode, name.trim());
	}

	public UUID addUnit(int municipalityCode, String name, UnitKind kind, UUID areaId) {
		return units.create(municipalityCode, name.trim(), kind, areaId);
	}

	public UUID addPerson(Integer municipalityCode, String name, String email, String jobTitle) {
		return people.create(municipalityCode, null, name.trim(), email, jobTitle);
	}

	/**
	 * Grants a role. Refuses grants that the membership rules forbid.
	 * @throws IllegalArgumentException naming the message key of the broken rule
	 */
	public UUID grant(Integer municipalityCode, UUID personId, Role role, UUID unitId) {
		MembershipRules.problemWith(role, unitId != null).ifPresent(problem -> {
			throw new IllegalArgumentException(problem);
		});
		return memberships.grant(municipalityCode, personId, role, unitId);
	}

	/** Grants platform-wide administration; only for operators' set-up, never from a municipality's pages. */
	public UUID grantPlatformAdministration(UUID personId) {
		return memberships.grant(null, personId, Role.PLATFORM_ADMINISTRATOR, null);
	}
}
