package dk.traedesten.platform.tenancy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections that carry the current tenant scope. Every connection switches to the
 * unprivileged application role and sets the tenant, scope and actor as session settings, which the
 * row-level security policies and the audit trigger read (see V001__create_platform.sql). Because this
 * happens on every checkout, no query can forget it and no setting survives into the next borrower.
 */
public class TenantAwareDataSource extends DelegatingDataSource {

	static final String APPLICATION_ROLE = "traedesten_app";

	private static final String APPLY_SCOPE = """
			select set_config('role', ?, false),
			       set_config('traedesten.tenant', ?, false),
			       set_config('traedesten.scope', ?, false),
			       set_config('traedesten.actor', ?, false)""";

	public TenantAwareDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return applyScope(super.getConnection());
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return applyScope(super.getConnection(username, password));
	}

	private static Connection applyScope(Connection connection) throws SQLException {
		TenantScope.Scope scope = TenantScope.current();
		boolean autoCommit = connection.getAutoCommit();
		try (PreparedStatement statement = connection.prepareStatement(APPLY_SCOPE)) {
			statement.setString(1, APPLICATION_ROLE);
			statement.setString(2, scope.municipalityCode() == null ? "" : scope.municipalityCode().toString());
			statement.setString(3, scope.platformWide() ? "platform" : "tenant");
			statement.setString(4, scope.actor());
			statement.execute();
			if (!autoCommit) {
				connection.commit();
			}
		}
		catch (SQLException ex) {
			connection.close();
			throw ex;
		}
		return connection;
	}
}
