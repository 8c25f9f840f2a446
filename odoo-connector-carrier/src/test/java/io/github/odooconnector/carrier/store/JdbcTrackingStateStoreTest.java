package io.github.odooconnector.carrier.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.contract.TrackingStateStoreContract;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.TrackingStateStore;
import io.github.odooconnector.reliability.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract and the schema migration on a real PostgreSQL (embedded binaries, no Docker).
 */
class JdbcTrackingStateStoreTest extends TrackingStateStoreContract {

  private static DataSource otherInstance;

  @BeforeAll
  static void database() {
    CarrierSchema.migrate(TestDatabase.dataSource());
    otherInstance = TestDatabase.newPool(8);
  }

  @Override
  protected TrackingStateStore newStore() {
    execute(TestDatabase.dataSource(), "TRUNCATE " + JdbcTrackingStateStore.TABLE);
    return JdbcTrackingStateStore.create(TestDatabase.dataSource());
  }

  @Override
  protected TrackingStateStore otherInstance(TrackingStateStore store) {
    return JdbcTrackingStateStore.create(otherInstance);
  }

  @Test
  void migrationIsAppliedOnceAndRecordedUnderItsOwnVersionTable() throws SQLException {
    assertThat(CarrierSchema.migrate(TestDatabase.dataSource())).as("already migrated").isZero();
    assertThat(CarrierSchema.migrate(otherInstance)).isZero();

    try (Connection c = TestDatabase.dataSource().getConnection();
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery(
                "SELECT version, script FROM "
                    + CarrierSchema.VERSION_TABLE
                    + " ORDER BY version")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
      assertThat(rs.getString(2)).isEqualTo(CarrierSchema.migrations().get(0));
      assertThat(rs.next()).isFalse();
    }
  }

  @Test
  void aSchemaWithoutTheTableSaysToMigrateAndIsReadyAfterMigrate() throws SQLException {
    execute(TestDatabase.dataSource(), "DROP SCHEMA IF EXISTS carrier_fresh CASCADE");
    execute(TestDatabase.dataSource(), "CREATE SCHEMA carrier_fresh");
    try (Connection c = TestDatabase.dataSource().getConnection()) {
      try (Statement st = c.createStatement()) {
        st.execute("SET search_path TO carrier_fresh");
      }
      try {
        DataSource fresh = onConnection(c);
        JdbcTrackingStateStore store = JdbcTrackingStateStore.create(fresh);

        assertThatThrownBy(() -> store.find("sim", "T1"))
            .isInstanceOf(CarrierException.class)
            .hasMessageContaining("CarrierSchema.migrate");
        assertThat(CarrierSchema.migrate(fresh)).isEqualTo(1);
        assertThat(store.find("sim", "T1")).isEmpty();
      } finally {
        try (Statement st = c.createStatement()) {
          st.execute("RESET search_path");
        }
      }
    }
  }

  /** A data source handing out one connection, whose close() is left to the test. */
  private static DataSource onConnection(Connection connection) {
    Connection unclosable =
        (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("close")) {
                    return null;
                  }
                  try {
                    return method.invoke(connection, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                return unclosable;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static void execute(DataSource dataSource, String sql) {
    try (Connection c = dataSource.getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }
}
