package dk.traedesten.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The session cookie as a real server sends it: Secure, HttpOnly and SameSite=Lax, and replaced by a new one
 * when someone signs in (no session fixation). Needs a real server, because MockMvc writes no session cookie.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionCookieTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void theSessionCookieIsSecureHttpOnlyAndLaxAndIsRenewedOnSignIn() throws Exception {
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/log-ind")).build(),
				HttpResponse.BodyHandlers.ofString());
		String before = sessionCookie(page);
		assertThat(before).contains("Secure", "HttpOnly", "SameSite=Lax").startsWith("traedesten-session=");
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
		assertThat(csrf.find()).as("the sign-in form carries a CSRF token").isTrue();

		String form = "email=" + encode("udvalg@stevns.demo") + "&password=" + encode(DemoData.PASSWORD) + "&_csrf="
				+ encode(csrf.group(1));
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri("/log-ind"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", before.substring(0, before.indexOf(';')))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
			.doesNotContain("/log-ind"));
		String after = sessionCookie(signedIn);
		assertThat(after).contains("Secure", "HttpOnly", "SameSite=Lax");
		assertThat(after.substring(0, after.indexOf(';'))).isNotEqualTo(before.substring(0, before.indexOf(';')));
	}

	private static String sessionCookie(HttpResponse<?> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream().filter(cookie -> cookie.startsWith("traedesten-session=")).findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
