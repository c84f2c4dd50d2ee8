package dk.traedesten.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.List;
import java.util.UUID;

import dk.traedesten.TestNames;
import dk.traedesten.platform.tenancy.TenantScope;
import dk.traedesten.security.DemoData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * One person's notifications: shown to them in their language, newest first, marked read by them alone. Ahmad
 * Rahimi (psykolog@) owns them; Mette Holm (medarbejder@), in the same municipality, and København's
 * administrator may neither see nor mark them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationAccessTests {

	static final String OWNER = "psykolog@stevns.demo";

	static final String COLLEAGUE = "medarbejder@stevns.demo";

	static final String FOREIGN = "admin@kk.demo";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Notifications notifications;

	DemoData demo;

	String older;

	String newer;

	@BeforeEach
	void twoNotificationsForTheOwner() {
		demo = new DemoData(jdbc, accounts);
		older = "Ældre " + TestNames.unique();
		newer = "Nyere " + TestNames.unique();
		notify(older);
		notify(newer);
	}

	@Test
	void theOwnerSeesThemNewestFirstInTheirLanguage() throws Exception {
		String danish = page(OWNER, "/notifikationer");
		assertThat(danish).contains("Signal i " + newer + " (3.A): serieanalysen viser ikke-tilfældig variation");
		assertThat(danish.indexOf(newer)).as("newest first").isLessThan(danish.indexOf(older));
		assertThat(danish).contains("href=\"/maalinger/serier/");
		String english = page(OWNER, "/notifikationer?lang=en");
		assertThat(english).contains("Signal in " + newer + " (3.A): the runs analysis shows non-random variation");
	}

	@Test
	void theUnreadCountIsOnTheMenuLink() throws Exception {
		int unread = unread(OWNER);
		assertThat(unread).isGreaterThanOrEqualTo(2);
		assertThat(page(OWNER, "/")).contains("notification-count", "(" + unread + " ulæste)");
	}

	@Test
	void noOneElseSeesThem() throws Exception {
		assertThat(page(COLLEAGUE, "/notifikationer")).doesNotContain(older, newer);
		assertThat(page(FOREIGN, "/notifikationer")).doesNotContain(older, newer);
	}

	@Test
	void onlyTheOwnerMarksOneRead() {
		UUID id = id(newer);
		for (String other : List.of(COLLEAGUE, FOREIGN)) {
			assertThat(post(other, "/notifikationer/" + id + "/laest")).as(other).hasStatus(404);
		}
		assertThat(isRead(id)).isFalse();
		assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/notifikationer/" + id + "/laest").with(demo.as(OWNER)))).as("without the CSRF token").hasStatus(403);
		assertThat(isRead(id)).isFalse();
		assertThat(post(OWNER, "/notifikationer/" + id + "/laest")).hasStatus(302).hasRedirectedUrl("/notifikationer?laest");
		assertThat(isRead(id)).isTrue();
		assertThat(isRead(id(older))).as("only the one").isFalse();
	}

	@Test
	void markAllReadMarksOnlyYourOwn() throws Exception {
		post(COLLEAGUE, "/notifikationer/laest");
		post(FOREIGN, "/notifikationer/laest");
		assertThat(isRead(id(older))).isFalse();
		assertThat(isRead(id(newer))).isFalse();
		assertThat(post(OWNER, "/notifikationer/laest")).hasStatus(302);
		assertThat(unread(OWNER)).isZero();
		assertThat(page(OWNER, "/notifikationer")).doesNotContain("notification-count");
	}

	@Test
	void aLinkOutOfTheAppIsRefused() {
		UUID owner = demo.person(OWNER);
		for (String link : List.of("https://example.org/", "//example.org/", "javascript:alert(1)")) {
			org.assertj.core.api.Assertions
				.assertThatThrownBy(() -> TenantScope.asTenant(DemoData.STEVNS, "test", () -> {
					notifications.notify(DemoData.STEVNS, owner, "measure-signals.runs", List.of("x", "y", "z"), link);
					return null;
				}))
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	private void notify(String indicator) {
		UUID owner = demo.person(OWNER);
		TenantScope.asTenant(DemoData.STEVNS, "test", () -> {
			notifications.notify(DemoData.STEVNS, owner, "measure-signals.runs", List.of(indicator, "3.A", "2026-01-05"),
					"/maalinger/serier/" + UUID.randomUUID());
			return null;
		});
	}

	private String page(String email, String path) throws java.io.UnsupportedEncodingException {
		MvcTestResult result = mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path).with(demo.as(email)));
		assertThat(result).hasStatusOk();
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private MvcTestResult post(String email, String path) {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
			.with(demo.as(email))
			.with(csrf()));
	}

	private UUID id(String indicator) {
		return TenantScope.asSystem("test", () -> jdbc.sql("select id from notification where :name = any(arguments)")
			.param("name", indicator).query(UUID.class).single());
	}

	private boolean isRead(UUID id) {
		return TenantScope.asSystem("test", () -> jdbc.sql("select read_at is not null from notification where id = :id")
			.param("id", id).query(Boolean.class).single());
	}

	private int unread(String email) {
		UUID person = demo.person(email);
		return TenantScope.asSystem("test", () -> jdbc
			.sql("select count(*) from notification where person_id = :person and read_at is null")
			.param("person", person).query(Integer.class).single());
	}
}
