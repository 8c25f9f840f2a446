package io.github.odooconnector.benchmarks.internal;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.EventCodec;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.jdbc.JdbcOutboxStore;
import io.github.odooconnector.reliability.spi.NewOutboxEntry;
import io.github.odooconnector.reliability.spi.OutboxRecord;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javax.sql.DataSource;

/**
 * The measurement of {@code JdbcOutboxHotAggregateTest} (odoo-connector-reliability-testing) run
 * against both the current {@link JdbcOutboxStore} and the store as filed in issue 15 ({@link
 * LegacyJdbcOutboxStore}), to show that the test's bound fails on the old claim: drain {@code
 * drained} of {@code backlog} open events of one aggregate and of a spread backlog (one aggregate
 * per event), one event per claim, acknowledged at once, tables freshly truncated with autovacuum
 * off (no statistics); the test requires {@code hot < 5 x spread + 1 s}. Not a JMH benchmark: one
 * drain of 200 hot events takes the old claim half a minute or more.
 *
 * <p>Run: {@code mvn -B -q -pl benchmarks -am -DskipTests package exec:java
 * -Dexec.mainClass=io.github.odooconnector.benchmarks.internal.HotAggregateComparison
 * [-Dexec.args="2000 200"]}. Not thread-safe; a command-line entry point.
 */
public final class HotAggregateComparison {

  private static final EventCodec CODEC = EventCodec.standard();

  private HotAggregateComparison() {}

  /**
   * Runs the comparison and prints one line per store.
   *
   * @param args optional backlog size and number of events drained (default 2000 200)
   * @throws Exception if PostgreSQL fails
   */
  public static void main(String[] args) throws Exception {
    int backlog = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int drained = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    DataSource ds = TestDatabase.dataSource();
    System.out.println("load average at start: " + loadAverage());
    OutboxStore current = JdbcOutboxStore.create(ds);
    OutboxStore legacy = LegacyJdbcOutboxStore.create(ds);
    execute(ds, "ALTER TABLE odc_outbox SET (autovacuum_enabled = false)");
    execute(ds, "ALTER TABLE odc_v1.odc_outbox SET (autovacuum_enabled = false)");
    try {
      for (OutboxStore store : List.of(current, legacy)) {
        String name = store == legacy ? "postgresql-v1 (as filed)" : "postgresql (head flag)";
        // warm up connections, plans and the JIT on a small spread backlog
        truncate(ds, store == legacy);
        enqueue(ds, store, 200, i -> "warm-" + i);
        drain(store, 200);
        long spread = Long.MAX_VALUE;
        long hot = Long.MAX_VALUE;
        for (int round = 0; round < 2; round++) {
          truncate(ds, store == legacy);
          enqueue(ds, store, backlog, i -> "order-" + i);
          long t0 = System.nanoTime();
          drain(store, drained);
          spread = Math.min(spread, System.nanoTime() - t0);
          truncate(ds, store == legacy);
          enqueue(ds, store, backlog, i -> "order-HOT");
          t0 = System.nanoTime();
          drain(store, drained);
          hot = Math.min(hot, System.nanoTime() - t0);
        }
        long bound = 5 * spread + 1_000_000_000L;
        System.out.printf(
            "%-26s drain %d of %d: spread %,d ms, hot aggregate %,d ms (%.1f ms/claim), hot/spread"
                + " %.1fx, test bound %,d ms: %s (load %s)%n",
            name,
            drained,
            backlog,
            spread / 1_000_000,
            hot / 1_000_000,
            hot / 1e6 / drained,
            (double) hot / spread,
            bound / 1_000_000,
            hot < bound ? "PASS" : "FAIL",
            loadAverage());
      }
    } finally {
      execute(ds, "ALTER TABLE odc_outbox RESET (autovacuum_enabled)");
      execute(ds, "DROP SCHEMA IF EXISTS odc_v1 CASCADE");
    }
  }

  private static void truncate(DataSource ds, boolean legacy) throws SQLException {
    if (legacy) {
      execute(ds, "TRUNCATE odc_v1.odc_outbox RESTART IDENTITY CASCADE");
    } else {
      TestDatabase.truncateAll();
    }
  }

  private static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static void enqueue(
      DataSource ds, OutboxStore store, int count, IntFunction<String> aggregate)
      throws SQLException {
    Outbox outbox = Outbox.builder(store).build();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      for (int i = 0; i < count; i++) {
        BusinessEvent<String> e =
            BusinessEvent.of("stock.moved", "wms:acme", Instant.now(), "move-" + i);
        if (store instanceof LegacyJdbcOutboxStore) {
          LegacyJdbcOutboxStore.append(
              c,
              new NewOutboxEntry(
                  e.eventId(),
                  aggregate.apply(i),
                  e.type(),
                  e.source(),
                  CODEC.payloadTypeOf(e),
                  CODEC.encode(e),
                  Instant.now()));
        } else {
          outbox.enqueue(c, e, aggregate.apply(i));
        }
      }
      c.commit();
    }
  }

  private static List<String> drain(OutboxStore store, int count) {
    List<String> order = new ArrayList<>();
    while (order.size() < count) {
      Instant now = Instant.now();
      List<OutboxRecord> batch = store.claim("w", 1, now, now.plusSeconds(60));
      if (batch.size() != 1 || store.markDelivered(batch, now).size() != 1) {
        throw new IllegalStateException("no claimable head after " + order.size() + " events");
      }
      order.add(batch.get(0).eventId());
    }
    return order;
  }

  private static String loadAverage() {
    try {
      String[] parts =
          Files.readString(Path.of("/proc/loadavg"), StandardCharsets.US_ASCII).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
