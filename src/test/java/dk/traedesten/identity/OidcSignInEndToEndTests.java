package dk.traedesten.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * OIDC sign-in (MitID through a broker) end to end: the app on a real port, mock-oauth2-server as the broker,
 * and an HTTP client that follows the authorization-code flow's redirects like a browser. The broker proves
 * who someone is; only people the platform knows by a verified address get in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcSignInEndToEndTests {

	static final String ISSUER = "mitid";

	static final MockOAuth2Server BROKER = new MockOAuth2Server();

	static {
		BROKER.start();
	}

	@DynamicPropertySource
	static void broker(DynamicPropertyRegistry properties) {
		String registration = "spring.security.oauth2.client.registration.mitid.";
		properties.add(registration + "client-id", () -> "traedesten");
		properties.add(registration + "client-secret", () -> "hemmelig");
		properties.add(registration + "client-name", () -> "MitID");
		properties.add(registration + "scope", () -> "openid,email");
		properties.add("spring.security.oauth2.client.provider.mitid.issuer-uri",
				() -> BROKER.issuerUrl(ISSUER).toString());
	}

	@AfterAll
	static void stopBroker() {
		BROKER.shutdown();
	}

	@LocalServerPort
	int port;

	@Test
	void theSignInPageOffersTheBroker() throws Exception {
		assertThat(new Browser().get(app("/log-ind")).body()).contains("/oauth2/authorization/mitid", "MitID");
	}

	@Test
	void aKnownPersonWithAVerifiedAddressIsSignedInToTheirMunicipality() throws Exception {
		String subject = "mitid-" + UUID.randomUUID();
		Browser browser = new Browser();

		HttpResponse<String> landing = signInThroughBroker(browser, subject,
				Map.of("email", "leder@kk.demo", "email_verified", true));

		assertThat(landing.uri().getPath()).isEqualTo("/");
		HttpResponse<String> profile = browser.get(app("/profil"));
		assertThat(profile.statusCode()).isEqualTo(200);
		assertThat(profile.body()).contains("Eva Skov", "København");

		Browser later = new Browser();
		assertThat(signInThroughBroker(later, subject, Map.of()).uri().getPath())
			.as("later sign-ins find the account by the broker's subject").isEqualTo("/");
	}

	@Test
	void anUnknownPersonIsRefusedWithTheUnknownAnswer() throws Exception {
		HttpResponse<String> landing = signInThroughBroker(new Browser(), "mitid-" + UUID.randomUUID(),
				Map.of("email", "fremmed@eksempel.dk", "email_verified", true));

		assertThat(landing.uri().toString()).endsWith("/log-ind?ukendt");
		assertThat(landing.body()).contains("role=\"alert\"");
		assertThat(new Browser().get(app("/profil")).uri().getPath()).isEqualTo("/log-ind");
	}

	@Test
	void aKnownAddressThatTheBrokerHasNotVerifiedIsRefused() throws Exception {
		HttpResponse<String> landing = signInThroughBroker(new Browser(), "mitid-" + UUID.randomUUID(),
				Map.of("email", "koordinator@kk.demo", "email_verified", false));

		assertThat(landing.uri().toString()).endsWith("/log-ind?ukendt");
	}

	@Test
	void aKnownAddressWithoutAVerificationClaimIsRefused() throws Exception {
		HttpResponse<String> landing = signInThroughBroker(new Browser(), "mitid-" + UUID.randomUUID(),
				Map.of("email", "medarbejder@herning.demo"));

		assertThat(landing.uri().toString()).endsWith("/log-ind?ukendt");
	}

	private HttpResponse<String> signInThroughBroker(Browser browser, String subject, Map<String, Object> claims)
			throws Exception {
		BROKER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("traedesten"), claims,
				3600));
		return browser.get(app("/oauth2/authorization/mitid"));
	}

	private URI app(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/**
	 * Follows redirects and keeps cookies per host like a browser, including Secure ones on localhost (as
	 * browsers do; java.net.CookieManager would drop them over plain http).
	 */
	static final class Browser {

		final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

		HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
			URI next = uri;
			for (int hop = 0; hop < 10; hop++) {
				HttpRequest.Builder request = HttpRequest.newBuilder(next);
				String cookieHeader = String.join("; ", cookies.getOrDefault(next.getHost(), Map.of())
					.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue()).toList());
				if (!cookieHeader.isEmpty()) {
					request.header("Cookie", cookieHeader);
				}
				HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
				for (String setCookie : response.headers().allValues("Set-Cookie")) {
					String pair = setCookie.split(";", 2)[0];
					cookies.computeIfAbsent(next.getHost(), host -> new LinkedHashMap<>())
						.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
				}
				if (response.statusCode() / 100 != 3) {
					return response;
				}
				next = next.resolve(response.headers().firstValue("Location").orElseThrow());
			}
			throw new AssertionError("more than ten redirects from " + uri);
		}
	}
}
