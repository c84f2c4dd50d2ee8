package dk.traedesten.committees.web;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;

/**
 * Copenhagen's time zone as a calendar reads it. ical4j ships Copenhagen as an alias of Berlin, so its VTIMEZONE is
 * named "Europe/Berlin" while every DTSTART says "Europe/Copenhagen": a strict calendar then finds no zone for the
 * events. The rules are the same, so the definition is kept and only renamed, and the links to Berlin's are dropped.
 */
final class CopenhagenTimeZone {

	static final String ID = "Europe/Copenhagen";

	private CopenhagenTimeZone() {
	}

	static VTimeZone vTimeZone() {
		VTimeZone zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(ID).getVTimeZone().copy();
		zone.replace(new TzId(ID));
		zone.getProperty(Property.TZURL).ifPresent(zone::remove);
		zone.getProperty("X-LIC-LOCATION").ifPresent(zone::remove);
		return zone;
	}
}
