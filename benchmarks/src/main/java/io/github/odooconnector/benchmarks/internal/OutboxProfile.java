package io.github.odooconnector.benchmarks.internal;

import com.sun.management.OperatingSystemMXBean;
import io.github.odooconnector.reliability.testing.EmbeddedPostgres;
import io.github.odooconnector.reliability.testing.TestDatabase;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Where the time of {@link OutboxBenchmark} goes on PostgreSQL: drains its backlog ({@value
 * OutboxBenchmark#EVENTS} events, 4 workers, batch 50) {@code rounds} times after as many warm-up
 * rounds, and prints events per second, the statements per event with their server time ({@code
 * pg_stat_statements}) and how many row updates were HOT. Not a JMH benchmark: a profiling aid.
 *
 * <p>Run with the class path of the benchmarks module: {@code java
 * -Dodc.embeddedPostgres.settings=shared_preload_libraries=pg_stat_statements -cp ...
 * io.github.odooconnector.benchmarks.internal.OutboxProfile [store] [rounds]} (store as in {@link
 * OutboxBenchmark#store}, default {@code postgresql}; rounds default 10). Not thread-safe; a
 * command-line entry point.
 */
public final class OutboxProfile {

  private OutboxProfile() {}

  /**
   * Runs the profile.
   *
   * @param args optional store and number of measured rounds
   * @throws Exception if PostgreSQL or a worker fails
   */
  public static void main(String[] args) throws Exception {
    String store = args.length > 0 ? args[0] : "postgresql";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    boolean statements =
        System.getProperty(EmbeddedPostgres.EXTRA_SETTINGS_PROPERTY, "")
            .contains("pg_stat_statements");
    DataSource ds = TestDatabase.dataSource();
    if (statements) {
      execute(ds, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    }
    OutboxBenchmark bench = new OutboxBenchmark();
    bench.store = store;
    bench.setUp();
    try {
      System.out.println("load average at start: " + loadAverage());
      for (int i = 0; i < rounds; i++) {
        round(bench);
      }
      if (statements) {
        execute(ds, "SELECT pg_stat_statements_reset()");
      }
      execute(ds, "SELECT pg_stat_reset()");
      long postmaster = postmasterPid(ds);
      long nanos = 0;
      long clientCpu = 0;
      long serverTicks = 0;
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      for (int i = 0; i < rounds; i++) {
        bench.enqueueBacklog();
        long cpu0 = processCpuNanos();
        long ticks0 = childTicks(postmaster);
        long t0 = System.nanoTime();
        bench.deliverBacklog();
        nanos += System.nanoTime() - t0;
        serverTicks += childTicks(postmaster) - ticks0;
        clientCpu += processCpuNanos() - cpu0;
        bench.checkAndPurge();
      }
      long events = (long) rounds * OutboxBenchmark.EVENTS;
      System.out.printf(
          "%s: %d events in %.1f ms = %.0f events/s (load average %s)%n",
          store, events, nanos / 1e6, events / (nanos / 1e9), loadAverage());
      System.out.printf(
          "CPU per event: client (JVM) %.1f us, PostgreSQL (all backends) %.1f us%n",
          clientCpu / 1e3 / events, serverTicks * 10_000.0 / events);
      threads.getThreadCount();
      Thread.sleep(600); // statistics are sent by backends every 500 ms
      String table =
          switch (store) {
            case "postgresql-v1" -> "odc_v1.odc_outbox";
            case "postgresql-v2" -> OutboxBenchmark.V2_SCHEMA + ".odc_outbox";
            default -> "public.odc_outbox";
          };
      query(
          ds,
          "SELECT n_tup_ins, n_tup_upd, n_tup_hot_upd, n_tup_del FROM pg_stat_user_tables WHERE"
              + " schemaname || '.' || relname = '"
              + table
              + "'");
      if (statements) {
        query(
            ds,
            "SELECT calls, round((calls::numeric / "
                + events
                + "), 3) AS per_event, rows, round(total_exec_time::numeric, 1) AS total_ms,"
                + " round((1000 * total_exec_time / "
                + events
                + ")::numeric, 1) AS us_per_event, round(total_plan_time::numeric, 1) AS plan_ms,"
                + " left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS query FROM"
                + " pg_stat_statements WHERE query NOT LIKE '%pg_stat%' ORDER BY total_exec_time"
                + " DESC LIMIT 15");
      }
    } finally {
      bench.tearDown();
    }
  }

  private static long processCpuNanos() {
    return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long postmasterPid(DataSource ds) throws Exception {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return Long.parseLong(stat(rs.getLong(1))[3]);
    }
  }

  private static String[] stat(long pid) throws IOException {
    String s = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.UTF_8);
    // after the command name in parentheses: state, ppid, ... (fields 3..)
    String rest = s.substring(s.lastIndexOf(')') + 2);
    String[] f = rest.split(" ");
    String[] out = new String[f.length + 2];
    System.arraycopy(f, 0, out, 2, f.length);
    return out;
  }

  /** utime + stime, in clock ticks (10 ms), of the postmaster's children (backends, workers). */
  private static long childTicks(long postmaster) throws IOException {
    long sum = 0;
    try (var dirs = Files.list(Path.of("/proc"))) {
      for (Path d : (Iterable<Path>) dirs::iterator) {
        String name = d.getFileName().toString();
        if (!name.chars().allMatch(Character::isDigit)) {
          continue;
        }
        try {
          String[] f = stat(Long.parseLong(name));
          if (Long.parseLong(f[3]) == postmaster) {
            sum += Long.parseLong(f[13]) + Long.parseLong(f[14]);
          }
        } catch (IOException | RuntimeException gone) {
          // the process ended meanwhile
        }
      }
    }
    return sum;
  }

  private static long round(OutboxBenchmark bench) throws Exception {
    bench.enqueueBacklog();
    long t0 = System.nanoTime();
    bench.deliverBacklog();
    long t = System.nanoTime() - t0;
    bench.checkAndPurge();
    return t;
  }

  private static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static void query(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      StringBuilder header = new StringBuilder();
      for (int i = 1; i <= n; i++) {
        header.append(rs.getMetaData().getColumnLabel(i)).append(i < n ? " | " : "");
      }
      System.out.println(header);
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          row.append(rs.getString(i)).append(i < n ? " | " : "");
        }
        System.out.println(row);
      }
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg"), StandardCharsets.UTF_8).trim();
    } catch (Exception e) {
      return "unknown";
    }
  }
}
