package dk.traedesten.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Web security. Every request passes the filter chain, but what a signed-in user may do is decided on each
 * module's controllers with method security ({@code @PreAuthorize}), so a URL nobody mapped answers 404 for
 * everyone. A test checks that every controller is guarded or on the short public list.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		// Argon2id for new hashes; bcrypt stays readable so accounts imported from elsewhere keep working.
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	@Bean
	SecurityFilterChain web(HttpSecurity http, AccountUserDetailsService accounts, PasswordEncoder encoder,
			ThrottleStore throttle, AccountRepository accountRepository, OidcSignIn oidcSignIn,
			ObjectProvider<ClientRegistrationRepository> oidcClients) throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(accounts);
		passwords.setPasswordEncoder(encoder);
		List<AuthenticationProvider> providers = new ArrayList<>();
		providers.add(new ThrottledAuthenticationProvider(passwords, throttle, accountRepository));
		if (oidcClients.getIfAvailable() != null) {
			// With an explicit manager, oauth2Login's own providers are not used: the OIDC one must be listed here.
			providers.add(new OidcAuthorizationCodeAuthenticationProvider(
					new RestClientAuthorizationCodeTokenResponseClient(), oidcSignIn));
		}
		// No parent manager: a paused or failed sign-in must never fall through to an unthrottled provider.
		http.authenticationManager(new ProviderManager(providers));
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health/**", "/actuator/prometheus").permitAll()
			.requestMatchers("/actuator/**").denyAll()
			.anyRequest().permitAll());
		http.formLogin(form -> form.loginPage("/log-ind")
			.usernameParameter("email")
			.passwordParameter("password")
			.failureHandler(new SignInFailureHandler())
			.defaultSuccessUrl("/", false));
		if (oidcClients.getIfAvailable() != null) {
			http.oauth2Login(oidc -> oidc.loginPage("/log-ind")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcSignIn))
				.failureHandler(new SignInFailureHandler())
				.defaultSuccessUrl("/", false));
		}
		http.logout(logout -> logout.logoutUrl("/log-ud").logoutSuccessUrl("/?logget-ud"));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}
}
