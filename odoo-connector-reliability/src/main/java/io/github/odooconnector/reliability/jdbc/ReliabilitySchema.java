package io.github.odooconnector.reliability.jdbc;

import io.github.odooconnector.reliability.internal.Jdbc;
import io.github.odooconnector.reliability.spi.ReliabilityStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Creates and upgrades the reliability tables ({@code odc_idempotency}, {@code odc_outbox}, {@code
 * odc_outbox_replay}, {@code odc_inbox}) on PostgreSQL.
 *
 * <p>The migrations are plain SQL files shipped in the jar under {@code
 * io/github/odooconnector/reliability/schema/} ({@code V1__reliability.sql}, ...), named the way
 * Flyway expects, so hosts that already run Flyway or Liquibase can include them there instead of
 * calling {@link #migrate(DataSource)}. The tables are created in the connection's current schema
 * ({@code search_path}).
 *
 * <p>Thread-safe: concurrent {@code migrate} calls from several application instances are
 * serialized with a PostgreSQL advisory lock and each migration is applied exactly once, in its own
 * transaction.
 */
public final class ReliabilitySchema {

  /** Classpath folder holding the migration files. */
  public static final String RESOURCE_FOLDER = "io/github/odooconnector/reliability/schema/";

  private static final List<String> MIGRATIONS =
      List.of("V1__reliability.sql", "V2__ordering_and_leases.sql", "V3__outbox_claim_plan.sql");
  private static final long ADVISORY_LOCK_KEY = 0x6f6463_52454c31L; // "odc" "REL1"

  private ReliabilitySchema() {}

  /**
   * The migration resource names in application order, relative to {@link #RESOURCE_FOLDER}.
   *
   * @return for example {@code [V1__reliability.sql]}
   */
  public static List<String> migrations() {
    return MIGRATIONS;
  }

  /**
   * Applies the migrations not yet applied, recording them in {@code odc_schema_version}.
   *
   * @param dataSource the database
   * @return the number of migrations applied by this call (0 when up to date)
   * @throws ReliabilityStoreException if the database fails
   */
  public static int migrate(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return Jdbc.transaction(
        dataSource,
        "schema.migrate",
        c -> {
          try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK_KEY + ")");
            st.execute(
                "CREATE TABLE IF NOT EXISTS odc_schema_version (version integer PRIMARY KEY, script"
                    + " varchar(200) NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
          }
          Set<Integer> applied = new HashSet<>();
          try (Statement st = c.createStatement();
              ResultSet rs = st.executeQuery("SELECT version FROM odc_schema_version")) {
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
                c.prepareStatement(
                    "INSERT INTO odc_schema_version (version, script) VALUES (?, ?)")) {
              ps.setInt(1, version);
              ps.setString(2, script);
              ps.executeUpdate();
            }
            count++;
          }
          return count;
        });
  }

  private static String load(String script) {
    try (InputStream in =
        ReliabilitySchema.class.getClassLoader().getResourceAsStream(RESOURCE_FOLDER + script)) {
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
