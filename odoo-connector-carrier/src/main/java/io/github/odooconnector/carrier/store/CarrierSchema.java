package io.github.odooconnector.carrier.store;

import io.github.odooconnector.carrier.spi.TrackingStateStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Creates and upgrades the carrier module's tables ({@code odc_carrier_tracking_state}, used by
 * {@link JdbcTrackingStateStore}) on PostgreSQL, the same way {@code ReliabilitySchema} does for
 * the reliability tables.
 *
 * <p>The migrations are plain SQL files shipped in the jar under {@code
 * io/github/odooconnector/carrier/schema/} ({@code V1__carrier_tracking_state.sql}, ...), named the
 * way Flyway expects, so hosts that already run Flyway or Liquibase can include them there (as a
 * location of its own: the version numbers are independent of the reliability kit's) instead of
 * calling {@link #migrate(DataSource)}. The applied versions are recorded in {@code
 * odc_carrier_schema_version}; the tables are created in the connection's current schema ({@code
 * search_path}).
 *
 * <p>Thread-safe: concurrent {@code migrate} calls from several application instances are
 * serialized with a PostgreSQL advisory lock and each migration is applied exactly once, in its own
 * transaction.
 */
public final class CarrierSchema {

  /** Classpath folder holding the migration files. */
  public static final String RESOURCE_FOLDER = "io/github/odooconnector/carrier/schema/";

  /** The table recording which migrations were applied. */
  public static final String VERSION_TABLE = "odc_carrier_schema_version";

  private static final List<String> MIGRATIONS = List.of("V1__carrier_tracking_state.sql");
  private static final long ADVISORY_LOCK_KEY = 0x6f6463_43415231L; // "odc" "CAR1"

  private CarrierSchema() {}

  /**
   * The migration resource names in application order, relative to {@link #RESOURCE_FOLDER}.
   *
   * @return for example {@code [V1__carrier_tracking_state.sql]}
   */
  public static List<String> migrations() {
    return MIGRATIONS;
  }

  /**
   * Applies the migrations not yet applied, recording them in {@link #VERSION_TABLE}. Idempotent:
   * every instance may call it at start-up.
   *
   * @param dataSource the database
   * @return the number of migrations applied by this call (0 when up to date)
   * @throws TrackingStateStoreException (retryable) if the database fails; nothing of the failed
   *     migration is kept
   */
  public static int migrate(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        int applied = migrate(c);
        c.commit();
        return applied;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException rollbackFailure) {
          e.addSuppressed(rollbackFailure);
        }
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new TrackingStateStoreException(
          "carrier schema migration failed (SQLState " + e.getSQLState() + ")", e);
    }
  }

  private static int migrate(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK_KEY + ")");
      st.execute(
          "CREATE TABLE IF NOT EXISTS "
              + VERSION_TABLE
              + " (version integer PRIMARY KEY, script varchar(200) NOT NULL,"
              + " applied_at timestamptz NOT NULL DEFAULT now())");
    }
    Set<Integer> applied = new HashSet<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT version FROM " + VERSION_TABLE)) {
      while (rs.next()) {
        applied.add(rs.getInt(1));
      }
    }
    int count = 0;
    for (String script : MIGRATIONS) {
      int version = Integer.parseInt(script.substring(1, script.indexOf("__")));
      if (applied.contains(version)) {
        continue;
      }
      try (Statement st = c.createStatement()) {
        st.execute(load(script));
      }
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO " + VERSION_TABLE + " (version, script) VALUES (?, ?)")) {
        ps.setInt(1, version);
        ps.setString(2, script);
        ps.executeUpdate();
      }
      count++;
    }
    return count;
  }

  private static String load(String script) {
    try (InputStream in =
        CarrierSchema.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + script)) {
      if (in == null) {
        throw new IllegalStateException(
            "migration " + RESOURCE_FOLDER + script + " missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration " + script, e);
    }
  }
}
