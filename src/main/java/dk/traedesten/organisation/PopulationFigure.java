package dk.traedesten.organisation;

/** A municipality's population in a year, as read from an import or typed in. */
public record PopulationFigure(int municipalityCode, int year, int population) implements java.io.Serializable {
}
