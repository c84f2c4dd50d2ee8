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

	/** Keeps the PDF under target/ so a person can render it (pdftoppm) and look at it. */
	static void keepForLooking(String name, byte[] pdf) {
		try {
			java.nio.file.Files.write(java.nio.file.Path.of("target", "followup-" + name + ".pdf"), pdf);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
