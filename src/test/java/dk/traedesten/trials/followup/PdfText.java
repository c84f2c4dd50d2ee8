package dk.traedesten.trials.followup;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF, as PDFBox extracts it. */
final class PdfText {

	private PdfText() {
	}

	static String of(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
