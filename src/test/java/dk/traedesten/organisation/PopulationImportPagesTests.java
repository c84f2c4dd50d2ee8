package dk.traedesten.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dk.traedesten.platform.tenancy.TenantScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@SpringBootTest
@AutoConfigureMockMvc
class PopulationImportPagesTests {

	private static final String IMPORT = "/organisation/kommuner/folketal-import";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	private MvcTestResult upload(MockHttpSession session, byte[] file, String... params) {
		var request = mvc.post().uri(IMPORT).multipart()
			.file(new MockMultipartFile("file", "folk1a.csv", "text/csv", file))
			.param("source", "Danmarks Statistik, FOLK1A");
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return request.session(session).with(csrf()).exchange();
	}

	private int figuresFor(int year) {
		return TenantScope.asSystem("test", () -> jdbc.sql("select count(*) from municipality_population where year = :year")
			.param("year", year).query(Integer.class).single());
	}

	private int auditedFiguresFor(int year, String actor) {
		return TenantScope.asSystem("test", () -> jdbc.sql("""
				select count(*) from audit_event
				where table_name = 'municipality_population' and operation = 'INSERT' and actor = :actor
				  and after_data ->> 'year' = :year""")
			.param("actor", actor).param("year", String.valueOf(year)).query(Integer.class).single());
	}

	@Test
	void showsTheFiguresOfAStatbankExportThenSavesThemAllOnApprovalAndAuditsEach() throws Exception {
		MockHttpSession session = DemoSignIn.as(mvc, DemoSignIn.PLATFORM_ADMINISTRATOR);
		String statbank = "Befolkningen den 1. i kvartalet efter område og tid\r\n;2099K1\r\nHele landet;5.992.734\r\n"
				+ "København;667.099\r\nStevns;23.802\r\nHerning;90.000\r\n";

		MvcTestResult preview = upload(session, statbank.getBytes(Charset.forName("windows-1252")));

		assertThat(preview).hasStatusOk().bodyText().contains("Tjek folketallene, før de gemmes",
				"Filen indeholder folketal for 3 kommuner (2099).", "667.099", "Stevns");
		assertThat(figuresFor(2099)).isZero();

		MvcTestResult saved = mvc.post().uri(IMPORT + "/gem").param("token", token(preview)).session(session)
			.with(csrf()).exchange();

		assertThat(saved).hasRedirectedUrl("/organisation/kommuner");
		assertThat(saved).flash().containsEntry("imported", 3).containsEntry("skipped", 1);
		assertThat(figuresFor(2099)).isEqualTo(3);
		assertThat(auditedFiguresFor(2099, DemoSignIn.PLATFORM_ADMINISTRATOR)).isEqualTo(3);
		assertThat(mvc.get().uri("/organisation/kommuner").session(session)).hasStatusOk().bodyText()
			.contains("667.099", "2099", "Danmarks Statistik, FOLK1A");
	}

	@Test
	void savesNothingWhenTheApprovalIsNotForTheLatestPreview() throws Exception {
		MockHttpSession session = DemoSignIn.as(mvc, DemoSignIn.PLATFORM_ADMINISTRATOR);
		MvcTestResult first = upload(session, "Stevns;1\n".getBytes(StandardCharsets.UTF_8), "year", "1995");
		upload(session, "Stevns;2\n".getBytes(StandardCharsets.UTF_8), "year", "1995");

		assertThat(mvc.post().uri(IMPORT + "/gem").param("token", token(first)).session(session).with(csrf()))
			.hasRedirectedUrl(IMPORT + "?udloebet");
		assertThat(figuresFor(1995)).isZero();
	}

	private static String token(MvcTestResult preview) throws java.io.UnsupportedEncodingException {
		Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f-]+)\"")
			.matcher(preview.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(token.find()).isTrue();
		return token.group(1);
	}

	@Test
	void savesNothingWhenOneLineIsBadAndNamesThatLine() {
		MockHttpSession session = DemoSignIn.as(mvc, DemoSignIn.PLATFORM_ADMINISTRATOR);
		String file = "Kommune;Folketal\nKøbenhavn;667.099\nStevns;23.802\nXby;1000\nHerning;90.000\n";

		MvcTestResult result = upload(session, file.getBytes(StandardCharsets.UTF_8), "year", "1998");

		assertThat(result).hasStatusOk().bodyText()
			.contains("Filen er ikke importeret, fordi den har én fejl.", "Linje 4: Ukendt kommune «Xby»",
					"form-error");
		assertThat(figuresFor(1998)).isZero();
	}

	@Test
	void namesTheProblemsInEnglishForAnEnglishReader() {
		MockHttpSession session = DemoSignIn.as(mvc, DemoSignIn.PLATFORM_ADMINISTRATOR);
		String file = "Kommune;Folketal\nStevns;-3\nStevns;12\n";

		assertThat(upload(session, file.getBytes(StandardCharsets.UTF_8), "year", "1997", "lang", "en"))
			.hasStatusOk().bodyText().contains("Line 2: The population «-3» is negative");
		assertThat(figuresFor(1997)).isZero();
	}

	@Test
	void asksForTheFileAndASensibleYear() {
		MockHttpSession session = DemoSignIn.as(mvc, DemoSignIn.PLATFORM_ADMINISTRATOR);
		MvcTestResult result = mvc.post().uri(IMPORT).multipart().param("year", "1800").param("source", "")
			.session(session).with(csrf()).exchange();
		assertThat(result).hasStatusOk().bodyText().contains("Vælg den fil, du vil importere.",
				"Året skal ligge mellem 1970 og 2100.", "Skriv, hvor tallet kommer fra");
	}

	@Test
	void refusesAMunicipalitysAdministrator() {
		MockHttpSession session = DemoSignIn.as(mvc, DemoSignIn.STEVNS_ADMINISTRATOR);
		assertThat(mvc.get().uri(IMPORT).session(session)).hasStatus(403);
		assertThat(upload(session, "Stevns;1\n".getBytes(StandardCharsets.UTF_8), "year", "1996")).hasStatus(403);
		assertThat(figuresFor(1996)).isZero();
	}

	@Test
	void showsTheUploadFormToThePlatformAdministrator() {
		MockHttpSession session = DemoSignIn.as(mvc, DemoSignIn.PLATFORM_ADMINISTRATOR);
		assertThat(mvc.get().uri(IMPORT).session(session)).hasStatusOk().bodyText()
			.contains("enctype=\"multipart/form-data\"", "name=\"_csrf\"", "type=\"file\"");
	}
}
