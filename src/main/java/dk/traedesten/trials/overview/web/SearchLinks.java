package dk.traedesten.trials.overview.web;

import org.springframework.web.util.UriComponentsBuilder;

/** Addresses of the search with the same filters, for the page links, so every page stays shareable. */
public final class SearchLinks {

	static final String PATH = "/proevehandlinger/soeg";

	private final TrialSearchForm form;

	SearchLinks(TrialSearchForm form) {
		this.form = form;
	}

	public String page(int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
		add(uri, "q", form.q() == null || form.q().isBlank() ? null : form.q().strip());
		add(uri, "state", form.state());
		add(uri, "call", form.call());
		add(uri, "unit", form.unit());
		add(uri, "kind", form.kind());
		add(uri, "outcome", form.outcome());
		add(uri, "age", form.age());
		add(uri, "sort", form.sort());
		if (page > 1) {
			uri.queryParam("page", page);
		}
		return uri.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder uri, String name, Object value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}
}
