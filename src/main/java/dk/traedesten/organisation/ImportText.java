package dk.traedesten.organisation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Turns an uploaded file into lines of text. Danish offices save CSV as UTF-8 (often with a byte order mark)
 * or as Windows-1252; bytes that are not valid UTF-8 are read as Windows-1252. Files that are neither, such
 * as UTF-16 text or a spreadsheet saved as .xlsx, are refused rather than guessed at.
 */
final class ImportText {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final char[] DELIMITERS = { ';', '\t', ',' };

	private ImportText() {
	}

	/** The file's lines, or empty when the bytes are not text in a supported encoding. */
	static Optional<List<String>> lines(byte[] bytes) {
		if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF) || containsZero(bytes)) {
			return Optional.empty();
		}
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return decode(bytes, 3, StandardCharsets.UTF_8).map(ImportText::split);
		}
		return decode(bytes, 0, StandardCharsets.UTF_8).or(() -> decode(bytes, 0, WINDOWS_1252)).map(ImportText::split);
	}

	/** The separator used by most lines: semicolon, tab or comma, preferred in that order on a tie. */
	static char delimiter(List<String> lines) {
		char best = ';';
		long bestCount = 0;
		for (char candidate : DELIMITERS) {
			long count = lines.stream().filter(line -> line.indexOf(candidate) >= 0).count();
			if (count > bestCount) {
				best = candidate;
				bestCount = count;
			}
		}
		return best;
	}

	private static List<String> split(String text) {
		return List.of(text.split("\r\n|\r|\n", -1));
	}

	private static Optional<String> decode(byte[] bytes, int offset, Charset charset) {
		try {
			return Optional.of(charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean containsZero(byte[] bytes) {
		for (byte b : bytes) {
			if (b == 0) {
				return true;
			}
		}
		return false;
	}
}
