package dk.traedesten.measures;

import java.util.UUID;

/**
 * One indicator for one group over periods. The group is a trial's children ({@code trialId}) or a unit's group
 * ({@code unitId}), named by {@code groupLabel}; {@code childCount} is the group's size, which decides
 * suppression outside the trial's team (fewer than {@link SmallGroups#MINIMUM} children).
 */
public record Series(UUID id, int municipalityCode, Indicator indicator, UUID trialId, UUID unitId, String groupLabel,
		Period period, int childCount, Double target) {
}
