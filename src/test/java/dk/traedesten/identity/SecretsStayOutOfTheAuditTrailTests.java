package dk.traedesten.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dk.traedesten.platform.tenancy.TenantScope;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audit trail records every account change but never a password hash. */
@SpringBootTest
@AutoConfigureMockMvc // unused here, but it keeps this class on the context the web tests share
class SecretsStayOutOfTheAuditTrailTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void accountChangesAreAuditedWithoutTheirPasswordHashes() {
		assertThat(count("select count(*) from audit_event where table_name = 'account'")).isPositive();
		assertThat(count("""
				select count(*) from audit_event
				where before_data -> 'password_hash' is not null or after_data -> 'password_hash' is not null
				   or coalesce(before_data::text, '') || coalesce(after_data::text, '') like '%{argon2}%'""")).isZero();
	}

	private int count(String sql) {
		return TenantScope.asSystem("test", () -> jdbc.sql(sql).query(Integer.class).single());
	}
}
