package dk.traedesten.organisation;

import java.util.List;
import java.util.UUID;

import dk.traedesten.organisation.internal.AreaRepository;
import dk.traedesten.organisation.internal.MembershipRepository;
import dk.traedesten.organisation.internal.MunicipalityRepository;
import dk.traedesten.organisation.internal.OrganisationRepository;
import dk.traedesten.organisation.internal.PersonRepository;
import dk.traedesten.organisation.internal.PopulationRepository;
import dk.traedesten.organisation.internal.UnitRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds up a municipality's organisation (areas, units, people and their roles) and keeps the reference
 * data current: population figures and the organisations outside the municipalities. Used by the admin
 * pages and by set-up code such as the demo data; who may call it is decided by the callers' web layer, and
 * the database lets only the platform-wide scope change reference data.
 */
@Service
@Transactional
public class OrganisationAdministration {

	private final MunicipalityRepository municipalities;

	private final AreaRepository areas;

	private final UnitRepository units;

	private final PersonRepository people;

	private final MembershipRepository memberships;

	private final OrganisationRepository organisations;

	private final PopulationRepository populations;

	private final ApplicationEventPublisher events;

	OrganisationAdministration(MunicipalityRepository municipalities, AreaRepository areas, UnitRepository units,
			PersonRepository people, MembershipRepository memberships, OrganisationRepository organisations,
			PopulationRepository populations, ApplicationEventPublisher events) {
		this.municipalities = municipalities;
		this.areas = areas;
		this.units = units;
		this.people = people;
		this.memberships = memberships;
		this.organisations = organisations;
		this.populations = populations;
		this.events = events;
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
	 * Adds a person who works for an organisation outside the municipalities (KL's event staff, say). They belong
	 * to no tenant; what they may do follows from their organisation and roles (e.g. organising its events,
	 * decision 0009).
	 */
	public UUID addOrganisationPerson(UUID organisationId, String name, String email, String jobTitle) {
		return people.create(null, organisationId, name.trim(), email, jobTitle);
	}

	/**
	 * Changes a person's name, address and title. A new address is announced with {@link PersonEmailChanged}
	 * inside the same transaction, so sign-in never lags behind the person.
	 * @return false when the person is not found (or belongs to another municipality)
	 * @throws DuplicateKeyException when another person has the address
	 */
	public boolean changePerson(UUID personId, String name, String email, String jobTitle) {
		var before = people.find(personId);
		if (before.isEmpty() || !people.update(personId, name.trim(), email, jobTitle)) {
			return false;
		}
		String previous = before.get().email();
		people.find(personId)
			.filter(after -> !after.email().equals(previous))
			.ifPresent(after -> events.publishEvent(new PersonEmailChanged(personId, previous, after.email())));
		return true;
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

	/**
	 * Adds an organisation outside the municipalities, such as KL or a consultancy.
	 * @param municipalityCode its home municipality, or null
	 * @throws DuplicateKeyException when another organisation has the name, whatever its case
	 */
	public UUID addOrganisation(String name, OrganisationKind kind, Integer municipalityCode) {
		if (organisations.nameTaken(name.trim(), null)) {
			throw new DuplicateKeyException("An organisation is already called " + name.trim());
		}
		return organisations.create(name.trim(), kind, municipalityCode);
	}

	/** @throws DuplicateKeyException when another organisation has the name, whatever its case */
	public void changeOrganisation(UUID id, String name, OrganisationKind kind, Integer municipalityCode) {
		if (organisations.nameTaken(name.trim(), id)) {
			throw new DuplicateKeyException("An organisation is already called " + name.trim());
		}
		organisations.update(id, name.trim(), kind, municipalityCode);
	}

	/**
	 * Saves imported population figures in one transaction: all of them or, if one fails, none. A figure
	 * replaces an earlier one for the same municipality and year.
	 */
	public void importPopulation(List<PopulationFigure> figures, String source) {
		figures.forEach(figure -> populations.save(new PopulationRepository.Figure(figure.municipalityCode(),
				figure.year(), figure.population(), source.trim())));
	}
}
