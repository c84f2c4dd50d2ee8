package dk.traedesten.partnerships;

/** A checked request to be phoned; {@code phone} as {@link PhoneNumbers#danish} stores it. */
public record NewCallback(String name, int municipalityCode, String phone, CallbackTopic topic, String preferredTime) {
}
