package dk.traedesten.organisation;

/** Organisations outside the municipalities that register for events and enter partnerships. */
public enum OrganisationKind {
	ASSOCIATION_OF_MUNICIPALITIES, CONSULTANCY, ASSOCIATION, SELF_GOVERNING_INSTITUTION, OTHER
}
