package dk.traedesten.events.participantlist;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import dk.traedesten.events.ListedParticipant;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The organiser's participant list for Danish Excel: semicolon-separated, UTF-8 with a byte order mark so that æ, ø
 * and å open right, one row per participant with the chosen sessions in one cell, separated by " | ". A cell that
 * starts like a formula is defused with a leading apostrophe, as names and job titles come from registrars.
 */
public final class ParticipantCsv {

	private static final String BOM = "\uFEFF";

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.setQuoteMode(QuoteMode.MINIMAL)
		.get();

	private ParticipantCsv() {
	}

	/**
	 * @param headers the six column headings in the reader's language
	 * @param waiting the mark after a session the participant waits for
	 */
	public static byte[] write(List<ListedParticipant> participants, List<String> headers, String waiting) {
		if (headers.size() != 6) {
			throw new IllegalArgumentException("the list has 6 columns");
		}
		StringWriter out = new StringWriter().append(BOM);
		try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
			csv.printRecord(headers);
			for (ListedParticipant p : participants) {
				String sessions = p.sessions()
					.stream()
					.map(s -> s.waiting() ? s.title() + " " + waiting : s.title())
					.collect(Collectors.joining(" | "));
				csv.printRecord(safe(p.municipality()), safe(p.name()), safe(p.email()), safe(p.jobTitle()),
						String.valueOf(p.round()), safe(sessions));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String safe(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}
}
