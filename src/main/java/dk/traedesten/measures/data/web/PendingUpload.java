package dk.traedesten.measures.data.web;

import java.io.Serializable;
import java.util.UUID;

/**
 * A file that passed the preview, kept in the session until it is confirmed: the bytes themselves, read again on
 * confirmation, so what is saved is what the rules accept at that moment. The token ties the confirmation to the
 * preview it was given on, and the series id to its series, so another tab's upload is never saved by mistake.
 */
record PendingUpload(UUID token, UUID seriesId, String fileName, byte[] content) implements Serializable {

	static final String SESSION_ATTRIBUTE = PendingUpload.class.getName();

	boolean confirms(UUID series, UUID confirmedToken) {
		return seriesId.equals(series) && token.equals(confirmedToken);
	}
}
