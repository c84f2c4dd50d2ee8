package dk.traedesten.platform.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets the language parameter through only for the languages the bundles cover. */
class SupportedLanguages implements HandlerInterceptor {

	private final List<Locale> supported;

	private final LocaleChangeInterceptor delegate;

	SupportedLanguages(List<Locale> supported, LocaleChangeInterceptor delegate) {
		this.supported = supported;
		this.delegate = delegate;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws jakarta.servlet.ServletException {
		String requested = request.getParameter(delegate.getParamName());
		if (requested == null || supported.stream().noneMatch(locale -> locale.getLanguage().equals(requested))) {
			return true;
		}
		return delegate.preHandle(request, response, handler);
	}
}
