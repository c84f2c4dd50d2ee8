package dk.traedesten.committees;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class AttachmentRulesTests {

	private static final byte[] PDF = "%PDF-1.7\n%…".getBytes(StandardCharsets.UTF_8);

	@Test
	void aPdfThatStartsAsAPdfIsTaken() {
		assertThat(AttachmentRules.refusal("bilag.pdf", "application/pdf", PDF)).isEmpty();
	}

	@Test
	void aFileWhoseBytesBelieItsTypeIsRefused() {
		assertThat(AttachmentRules.refusal("bilag.pdf", "application/pdf", "MZ\u0090program".getBytes(StandardCharsets.ISO_8859_1)))
			.contains("content");
	}

	@Test
	void typesOutsideTheListAreRefused() {
		assertThat(AttachmentRules.refusal("side.html", "text/html", "<html>".getBytes(StandardCharsets.UTF_8)))
			.contains("type");
		assertThat(AttachmentRules.refusal("x", null, PDF)).contains("type");
	}

	@Test
	void emptyAndOversizedFilesAreRefused() {
		assertThat(AttachmentRules.refusal("tom.pdf", "application/pdf", new byte[0])).contains("empty");
		byte[] big = new byte[AttachmentRules.MAX_BYTES + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		assertThat(AttachmentRules.refusal("stor.pdf", "application/pdf", big)).contains("too-large");
		byte[] limit = new byte[AttachmentRules.MAX_BYTES];
		System.arraycopy(PDF, 0, limit, 0, PDF.length);
		assertThat(AttachmentRules.refusal("netop.pdf", "application/pdf", limit)).isEmpty();
	}
}
