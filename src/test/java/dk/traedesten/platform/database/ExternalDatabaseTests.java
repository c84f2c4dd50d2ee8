package dk.traedesten.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import dk.traedesten.TraedestenApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** With SPRING_DATASOURCE_URL set, the app uses that server: no embedded one, no demo data unless asked. */
class ExternalDatabaseTests {

	@TempDir
	Path data;

	@Test
	void aConfiguredServerIsMigratedAndGetsNoDemoData() throws Exception {
		try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true)
			.start();
				ConfigurableApplicationContext app = new SpringApplicationBuilder(TraedestenApplication.class)
					.web(WebApplicationType.SERVLET)
					.run("--spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
							"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
							"--traedesten.demo-data=auto", "--spring.main.banner-mode=off", "--server.port=0")) {
			JdbcClient owner = JdbcClient.create(server.getPostgresDatabase());

			assertThat(app.getBeanProvider(EmbeddedPostgres.class).getIfAvailable()).isNull();
			assertThat(owner.sql("select count(*) from municipality").query(Integer.class).single()).isEqualTo(98);
			assertThat(owner.sql("select count(*) from person").query(Integer.class).single()).isZero();
			assertThat(owner.sql("select count(*) from municipality where tenant").query(Integer.class).single())
				.isZero();
		}
	}
}
