package dk.traedesten.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.simple.JdbcClient;

class EmbeddedPostgresServerTests {

	@TempDir
	Path data;

	@Test
	void dataSurvivesARestartOfTheServer() {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(data, false, true);
		try {
			EmbeddedPostgres first = EmbeddedPostgresServer.obtain(properties);
			JdbcClient.create(first.getPostgresDatabase()).sql("create table kept (word text)").update();
			JdbcClient.create(first.getPostgresDatabase()).sql("insert into kept values ('trædesten')").update();
			EmbeddedPostgresServer.stop(data);

			EmbeddedPostgres second = EmbeddedPostgresServer.obtain(properties);

			assertThat(second).isNotSameAs(first);
			assertThat(JdbcClient.create(second.getPostgresDatabase()).sql("select word from kept")
				.query(String.class).single()).isEqualTo("trædesten");
			assertThat(JdbcClient.create(second.getPostgresDatabase()).sql("show fsync").query(String.class).single())
				.as("the app's own data is written durably").isEqualTo("on");
			assertThat(Files.exists(data.resolve("PG_VERSION"))).isTrue();
		}
		finally {
			EmbeddedPostgresServer.stop(data);
		}
	}

	@Test
	void oneDataDirectoryHasOneServerPerProcess() {
		EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(data, false, false);
		try {
			assertThat(EmbeddedPostgresServer.obtain(properties)).isSameAs(EmbeddedPostgresServer.obtain(properties));
		}
		finally {
			EmbeddedPostgresServer.stop(data);
		}
	}

	@Test
	void aServerThatCannotStartIsExplainedInOneSentenceThatNamesTheWayOut() {
		var analysis = new EmbeddedDatabaseFailureAnalyzer().analyze(new IllegalStateException("wrapped",
				new EmbeddedDatabaseUnavailableException("The embedded PostgreSQL cannot start here.", null)));

		assertThat(analysis.getDescription()).isEqualTo("The embedded PostgreSQL cannot start here.");
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
	}
}
