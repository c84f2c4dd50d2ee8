package dk.traedesten.committees;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Which files an item may carry: PDF, Word, Excel, PNG and JPEG up to 5 MB, and the file's first bytes must be what
 * its declared type says (a renamed program is refused), so the public never downloads something other than a
 * document.
 */
public final class AttachmentRules {

	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final Map<String, byte[]> SIGNATURES = Map.of("application/pdf",
			"%PDF-".getBytes(StandardCharsets.US_ASCII),
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZIP,
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZIP, "image/png",
			new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF });

	private AttachmentRules() {
	}

	/** Why the file is refused (a bundle key suffix), or empty when it may be stored. */
	public static Optional<String> refusal(String fileName, String contentType, byte[] content) {
		if (content == null || content.length == 0) {
			return Optional.of("empty");
		}
		if (content.length > MAX_BYTES) {
			return Optional.of("too-large");
		}
		if (fileName == null || fileName.isBlank() || fileName.length() > 200) {
			return Optional.of("name");
		}
		byte[] signature = contentType == null ? null : SIGNATURES.get(contentType.toLowerCase(java.util.Locale.ROOT));
		if (signature == null) {
			return Optional.of("type");
		}
		if (content.length < signature.length || !Arrays.equals(content, 0, signature.length, signature, 0,
				signature.length)) {
			return Optional.of("content");
		}
		return Optional.empty();
	}
}
