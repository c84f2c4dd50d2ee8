package dk.traedesten.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for the embedded PostgreSQL that starts when no {@code spring.datasource.url} is given.
 *
 * @param directory where the database files live; they survive restarts
 * @param cleanOnStart start from an empty directory (tests)
 * @param durable keep fsync and synchronous commit on so data survives a crash (tests may turn it off)
 */
@ConfigurationProperties("traedesten.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("./data/postgres") Path directory,
		@DefaultValue("false") boolean cleanOnStart, @DefaultValue("true") boolean durable) {
}
