package dk.traedesten.committees.web;

import java.nio.charset.StandardCharsets;

import dk.traedesten.committees.StoredFile;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file sent as a download, never shown inline, so a file cannot run as a page of the app. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> of(StoredFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}
}
