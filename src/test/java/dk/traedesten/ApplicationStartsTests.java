package dk.traedesten;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ApplicationStartsTests {

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@Test
	void servesTheDanishFrontPage() {
		assertThat(mvc.get().uri("/")).hasStatusOk().bodyText().contains("lang=\"da\"", "Trædesten", "Log ind");
	}

	@Test
	void servesTheEnglishFrontPageOnRequest() {
		assertThat(mvc.get().uri("/?lang=en")).hasStatusOk().bodyText().contains("lang=\"en\"", "Sign in");
	}

	@Test
	void showsAMessageOnlyWhenTheAddressAsksForIt() {
		assertThat(mvc.get().uri("/")).bodyText().doesNotContain("Du er logget af");
		assertThat(mvc.get().uri("/?logget-ud")).bodyText().contains("Du er logget af");
		assertThat(mvc.get().uri("/log-ind")).bodyText().doesNotContain("forkert", "for mange forsøg");
		assertThat(mvc.get().uri("/log-ind?fejl")).bodyText().contains("forkert").doesNotContain("for mange forsøg");
	}

	@Test
	void answersUnknownAddressesWithTheDanishNotFoundPageAndItsStylesheets() throws Exception {
		HttpResponse<String> page = get("/findes-ikke");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Siden findes ikke", "href=\"/vendor/dkfds/css/dkfds.min.css\"")
			.as("no session id in URLs").doesNotContain(";traedesten-session");
		assertThat(get("/vendor/dkfds/css/dkfds.min.css").statusCode()).isEqualTo(200);
	}

	@Test
	void exposesHealthProbesAndMetricsButNoOtherActuatorEndpoint() throws Exception {
		assertThat(get("/actuator/health/readiness").body()).contains("\"UP\"");
		assertThat(get("/actuator/health/liveness").body()).contains("\"UP\"");
		assertThat(get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
		HttpResponse<String> env = get("/actuator/env");
		assertThat(env.statusCode()).as("anonymous visitors are sent to sign in").isEqualTo(302);
		assertThat(env.body()).doesNotContain("propertySources");
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html,*/*;q=0.8")
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}
}
