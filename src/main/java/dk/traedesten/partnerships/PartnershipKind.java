package dk.traedesten.partnerships;

/** The two partnerships of seed 001: daycare (dagtilbud) and school (skole). */
public enum PartnershipKind {
	DAYCARE, SCHOOL
}
