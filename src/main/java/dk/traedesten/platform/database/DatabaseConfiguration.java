package dk.traedesten.platform.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import dk.traedesten.platform.tenancy.TenantAwareDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The application's data sources. Migrations run as the database owner through their own connections;
 * everything else goes through the pool wrapped in {@link TenantAwareDataSource}, so row-level security
 * applies to all application queries.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

	/** Where to connect: the configured server, or the embedded one when no URL is set. */
	record Connection(String url, String username, String password, boolean embedded) {
	}

	/**
	 * Shared by every context in the JVM, so no context may stop it (Spring would infer {@code close()} as the
	 * destroy method); {@link EmbeddedPostgresServer} stops it once all contexts have closed.
	 */
	@Bean(destroyMethod = "")
	@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
		return EmbeddedPostgresServer.obtain(properties);
	}

	@Bean
	Connection databaseConnection(DataSourceProperties properties, ObjectProvider<EmbeddedPostgres> embedded) {
		EmbeddedPostgres postgres = embedded.getIfAvailable();
		if (postgres != null) {
			return new Connection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", true);
		}
		return new Connection(properties.determineUrl(), properties.determineUsername(),
				properties.determinePassword(), false);
	}

	@Bean
	HikariDataSource pooledDataSource(Connection connection) {
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName("traedesten");
		pool.setJdbcUrl(connection.url());
		pool.setUsername(connection.username());
		pool.setPassword(connection.password());
		pool.setMaximumPoolSize(10);
		return pool;
	}

	@Bean
	@Primary
	DataSource dataSource(HikariDataSource pooledDataSource) {
		return new TenantAwareDataSource(pooledDataSource);
	}

	@Bean
	@FlywayDataSource
	DataSource migrationDataSource(Connection connection) {
		SimpleDriverDataSource owner = new SimpleDriverDataSource();
		owner.setDriverClass(org.postgresql.Driver.class);
		owner.setUrl(connection.url());
		owner.setUsername(connection.username());
		owner.setPassword(connection.password());
		return owner;
	}
}
