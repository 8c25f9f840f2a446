package io.github.odooconnector.reliability.testsupport;

import io.github.odooconnector.reliability.jdbc.ReliabilitySchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** One real PostgreSQL per test JVM, migrated once; pools stand for application instances. */
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

  /** The pool shared by most tests (stands for "application instance A"). */
  public static synchronized DataSource dataSource() {
    server();
    return shared;
  }

  /** Another independent pool (stands for another application instance). */
  public static synchronized DataSource newPool(int maxConnections) {
    server();
    return newPoolUnlocked(maxConnections);
  }

  private static SimplePool newPoolUnlocked(int maxConnections) {
    SimplePool p = new SimplePool(server.jdbcUrl(), maxConnections);
    POOLS.add(p);
    return p;
  }

  /** Empties every reliability table. */
  public static void truncateAll() {
    try (Connection c = dataSource().getConnection();
        Statement st = c.createStatement()) {
      st.execute(
          "TRUNCATE odc_idempotency, odc_outbox_replay, odc_outbox, odc_inbox RESTART IDENTITY"
              + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
