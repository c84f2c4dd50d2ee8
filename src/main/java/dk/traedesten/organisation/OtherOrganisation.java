package dk.traedesten.organisation;

import java.util.UUID;

/** An organisation outside the municipalities, as other modules see it. */
public record OtherOrganisation(UUID id, String name, OrganisationKind kind) {
}
