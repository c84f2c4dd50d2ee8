package dk.traedesten.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs from the request: the link that shows the same page in the other language. */
@ControllerAdvice
class LayoutModel {

	@ModelAttribute("languageSwitchLink")
	String languageSwitchLink(HttpServletRequest request, java.util.Locale locale) {
		String other = "en".equals(locale.getLanguage()) ? "da" : "en";
		return ServletUriComponentsBuilder.fromRequest(request)
			.replaceQueryParam("lang", other)
			.replaceQueryParam("_csrf")
			.build()
			.toUriString()
			.replaceFirst("^[a-z]+://[^/]+", "");
	}
}
