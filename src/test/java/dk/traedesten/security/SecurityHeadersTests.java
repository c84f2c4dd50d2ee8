package dk.traedesten.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Every page carries a strict Content-Security-Policy without 'unsafe-inline', and the pages keep to it: no
 * inline scripts, event handler attributes or style attributes, which such a policy would block.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void pagesServedOverHttpsTellBrowsersToStayOnHttps() {
		assertThat(mvc.get().uri("https://localhost/log-ind").secure(true)).headers()
			.hasValue("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/log-ind", "/glemt-adgangskode", "/organisation", "/organisation/enheder",
			"/organisation/personer", "/organisation/enheder/ny", "/profil", "/administration/revisionsspor" })
	void pagesCarryAStrictPolicyAndNoInlineCode(String page) throws Exception {
		MvcTestResult result = mvc.get().uri(page).with(new DemoData(jdbc, accounts).as("admin@stevns.demo")).exchange();

		assertThat(result).hasStatusOk();
		String policy = result.getResponse().getHeader("Content-Security-Policy");
		assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
				"object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'");
		assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*");
		assertThat(result).headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Referrer-Policy", "same-origin");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
		String body = result.getResponse().getContentAsString();
		assertThat(body).as("inline script").doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
		assertThat(body).as("event handler attribute").doesNotContainPattern("\\son[a-z]+\\s*=");
		assertThat(body).as("style attribute").doesNotContainPattern("\\sstyle\\s*=");
	}
}
