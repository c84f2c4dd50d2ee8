package dk.traedesten.committees;

/** An attachment's file as stored, to send back as it came. */
public record StoredFile(String fileName, String contentType, byte[] content) {
}
