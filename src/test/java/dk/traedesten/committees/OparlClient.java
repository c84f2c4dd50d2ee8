package dk.traedesten.committees;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Follows OParl URLs the way a client does, against the app under test (the base URL is the configured one). */
final class OparlClient {

	static final String BASE = "http://localhost:8080";

	static final String SYSTEM = BASE + "/oparl/v1.1";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockMvcTester mvc;

	OparlClient(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	MvcTestResult get(String url) {
		assertThat(url).startsWith(BASE);
		String path = url.substring(BASE.length());
		// The client sends what the server linked: the query is already encoded.
		return mvc.perform(MockMvcRequestBuilders.get(java.net.URI.create(path)));
	}

	@SuppressWarnings("unchecked")
	Map<String, Object> object(String url) {
		MvcTestResult result = get(url);
		assertThat(result).as(url).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/json");
		return JSON.readValue(text(result), Map.class);
	}

	/** Every object of a list, page after page by the {@code next} links. */
	@SuppressWarnings("unchecked")
	List<Map<String, Object>> all(String listUrl) {
		List<Map<String, Object>> objects = new ArrayList<>();
		String next = listUrl;
		while (next != null) {
			Map<String, Object> page = object(next);
			assertThat(page).containsKeys("data", "pagination", "links");
			objects.addAll((List<Map<String, Object>>) page.get("data"));
			next = (String) ((Map<String, Object>) page.get("links")).get("next");
		}
		return objects;
	}

	static String text(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
