package io.github.odooconnector.reliability.testing.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.reliability.jdbc.ReliabilitySchema;
import io.github.odooconnector.reliability.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresSmokeTest {

  @Test
  void realPostgresqlRunsAndTheSchemaIsMigratedExactlyOnce() throws Exception {
    try (Connection c = TestDatabase.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT version(), (SELECT count(*) FROM odc_schema_version)")) {
      rs.next();
      assertThat(rs.getString(1)).startsWith("PostgreSQL 14");
      assertThat(rs.getInt(2)).isEqualTo(ReliabilitySchema.migrations().size());
    }
    assertThat(ReliabilitySchema.migrate(TestDatabase.dataSource())).isZero();
  }
}
