package dk.traedesten.organisation;

/**
 * A Danish municipality (kommune) from the reference data.
 *
 * @param code the official three-digit kommunekode
 * @param island an island municipality without a fixed link, which event prices treat specially
 * @param tenant whether the municipality uses the platform
 */
public record Municipality(int code, String name, String region, boolean island, boolean tenant) {
}
