package dk.traedesten.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dk.traedesten.organisation.internal.MembershipRepository;
import dk.traedesten.organisation.internal.MunicipalityRepository;
import dk.traedesten.organisation.internal.PersonRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells other modules who a person is, which roles they hold and what a municipality is called. */
@Service
@Transactional(readOnly = true)
public class OrganisationDirectory {

	private final PersonRepository people;

	private final MembershipRepository memberships;

	private final MunicipalityRepository municipalities;

	OrganisationDirectory(PersonRepository people, MembershipRepository memberships,
			MunicipalityRepository municipalities) {
		this.people = people;
		this.memberships = memberships;
		this.municipalities = municipalities;
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
		return new PersonProfile(person.id(), person.name(), person.email(), person.municipalityCode(), roles);
	}
}
