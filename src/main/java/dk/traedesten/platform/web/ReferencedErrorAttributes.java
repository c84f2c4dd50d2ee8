package dk.traedesten.platform.web;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Gives every server error a short reference that the error page shows and the log carries, so support can
 * find the failure without the user ever seeing a stack trace.
 */
@Component
class ReferencedErrorAttributes extends DefaultErrorAttributes {

	private static final Logger log = LoggerFactory.getLogger(ReferencedErrorAttributes.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		Object status = attributes.get("status");
		if (status instanceof Integer code && code >= 500) {
			byte[] bytes = new byte[4];
			RANDOM.nextBytes(bytes);
			String reference = HexFormat.of().formatHex(bytes).toUpperCase();
			attributes.put("reference", reference);
			log.error("Server error {} at {}", reference, attributes.get("path"), getError(request));
		}
		return attributes;
	}
}
