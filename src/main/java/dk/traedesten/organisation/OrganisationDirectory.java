package dk.traedesten.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.traedesten.organisation.internal.AreaRepository;
import dk.traedesten.organisation.internal.MembershipRepository;
import dk.traedesten.organisation.internal.MunicipalityRepository;
import dk.traedesten.organisation.internal.OrganisationRepository;
import dk.traedesten.organisation.internal.PersonRepository;
import dk.traedesten.organisation.internal.PopulationRepository;
import dk.traedesten.organisation.internal.UnitRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells other modules who a person is, which roles they hold and what a municipality is called. */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

	private final PersonRepository people;

	private final MembershipRepository memberships;

	private final MunicipalityRepository municipalities;

	private final PopulationRepository populations;

	private final OrganisationRepository organisations;

	private final AreaRepository areas;

	private final UnitRepository units;

	OrganisationDirectory(PersonRepository people, MembershipRepository memberships,
			MunicipalityRepository municipalities, PopulationRepository populations,
			OrganisationRepository organisations, AreaRepository areas, UnitRepository units) {
		this.people = people;
		this.memberships = memberships;
		this.municipalities = municipalities;
		this.populations = populations;
		this.organisations = organisations;
		this.areas = areas;
		this.units = units;
	}

	/** The areas the caller's scope sees (row-level security: the own municipality's), by name. */
	public List<AreaSummary> areas() {
		return areas.findAll().stream().map(area -> new AreaSummary(area.id(), area.name())).toList();
	}

	/** The units the caller's scope sees, by name, each with its area. */
	public List<UnitSummary> units() {
		return units.find(new UnitRepository.Filter(null, null, null))
			.stream()
			.map(unit -> new UnitSummary(unit.id(), unit.name(), unit.kind(), unit.areaId()))
			.toList();
	}

	/** The newest population figure of the municipality for {@code year} or an earlier year, if one is known. */
	public Optional<PopulationFigure> population(int municipalityCode, int year) {
		return populations.history(municipalityCode)
			.stream()
			.filter(figure -> figure.year() <= year)
			.findFirst()
			.map(figure -> new PopulationFigure(figure.municipalityCode(), figure.year(), figure.population()));
	}

	/** An organisation outside the municipalities (KL, Komponent), by its id. */
	public Optional<OtherOrganisation> organisation(UUID id) {
		return organisations.find(id).map(o -> new OtherOrganisation(o.id(), o.name(), o.kind()));
	}

	/** An organisation outside the municipalities by its exact name. */
	public Optional<OtherOrganisation> organisationNamed(String name) {
		return organisations.findAll()
			.stream()
			.filter(o -> o.name().equals(name))
			.findFirst()
			.map(o -> new OtherOrganisation(o.id(), o.name(), o.kind()));
	}

	public Optional<PersonProfile> profileByEmail(String email) {
		return people.findByEmail(email).map(this::profile);
	}

	public Optional<PersonProfile> profile(UUID personId) {
		return people.find(personId).map(this::profile);
	}

	public Optional<Municipality> municipality(int code) {
		return municipalities.find(code).map(MunicipalityRepository.Row::municipality);
	}

	public List<Municipality> municipalities() {
		return municipalities.all();
	}

	/** The municipalities' names and codes, for reading files that name municipalities either way. */
	public MunicipalityNames municipalityNames() {
		return new MunicipalityNames(
				municipalities.all().stream().collect(Collectors.toMap(Municipality::code, Municipality::name)));
	}

	private PersonProfile profile(PersonRepository.Person person) {
		List<PersonProfile.HeldRole> roles = memberships.ofPerson(person.id())
			.stream()
			.map(m -> new PersonProfile.HeldRole(m.role(), m.unitId(), m.unitName()))
			.toList();
		String organisationName = person.organisationId() == null ? null
				: organisations.find(person.organisationId()).map(o -> o.name()).orElse(null);
		return new PersonProfile(person.id(), person.name(), person.email(), person.municipalityCode(),
				person.organisationId(), organisationName, roles);
	}
}
