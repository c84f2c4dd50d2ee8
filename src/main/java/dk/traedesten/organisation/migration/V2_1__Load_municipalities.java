package dk.traedesten.organisation.migration;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads Denmark's 98 municipalities from the reference file shipped inside the application, so the file
 * stays the one source and the app never reads anything outside its own jar at run time.
 */
public class V2_1__Load_municipalities extends BaseJavaMigration {

	static final String REFERENCE_FILE = "/reference/municipalities.csv";

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement scope = connection.createStatement()) {
			// The reference data is written as the platform, which the row-level policies allow.
			scope.execute("select set_config('traedesten.scope', 'platform', true),"
					+ " set_config('traedesten.actor', 'referencedata', true)");
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(getClass().getResourceAsStream(REFERENCE_FILE), StandardCharsets.UTF_8);
				PreparedStatement insert = connection
					.prepareStatement("insert into municipality (code, name, region, island) values (?, ?, ?, ?)")) {
			for (CSVRecord row : format.parse(reader)) {
				insert.setInt(1, Integer.parseInt(row.get("kommunekode").trim()));
				insert.setString(2, row.get("navn").trim());
				insert.setString(3, row.get("region").trim());
				insert.setBoolean(4, "ja".equalsIgnoreCase(row.get("oe_kommune").trim()));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}
}
