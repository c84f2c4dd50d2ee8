package dk.traedesten.platform.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

/**
 * One URL serves the whole page or, to htmx, just the part that changes. When htmx restores a page from
 * history after a cache miss it asks with the htmx header too but needs the whole page, so that request
 * gets the page.
 */
public final class PageOrFragment {

	private PageOrFragment() {
	}

	public static String view(HtmxRequest htmx, String template, String fragment) {
		boolean partial = htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest();
		return partial ? template + " :: " + fragment : template;
	}
}
