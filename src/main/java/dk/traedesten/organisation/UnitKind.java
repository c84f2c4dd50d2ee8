package dk.traedesten.organisation;

/** The kinds of units that take part in the work for inclusive communities (DOMAIN.md glossary). */
public enum UnitKind {
	DAYCARE, SCHOOL, LEISURE_CLUB, SPECIAL_PROVISION, PPR, HEALTH_VISITING, FAMILY_SERVICE, ADMINISTRATION
}
