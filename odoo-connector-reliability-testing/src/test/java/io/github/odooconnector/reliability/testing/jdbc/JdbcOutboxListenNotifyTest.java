package io.github.odooconnector.reliability.testing.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.api.EventCodec;
import io.github.odooconnector.reliability.api.Outbox;
import io.github.odooconnector.reliability.api.OutboxWorker;
import io.github.odooconnector.reliability.jdbc.JdbcOutboxStore;
import io.github.odooconnector.reliability.spi.OutboxStore;
import io.github.odooconnector.reliability.testing.TestDatabase;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Workers of the JDBC outbox wake on PostgreSQL {@code LISTEN/NOTIFY} (the contract suite's wake-up
 * test covers the happy path): here the fallbacks — without wake-ups only the poll finds an event,
 * a killed listening connection is re-opened, an event committed without a notification is found by
 * the poll, a data source that cannot listen makes workers poll without spinning — and that closing
 * the workers gives the listening connection and thread back.
 */
class JdbcOutboxListenNotifyTest {

  private static final Duration LONG_POLL = Duration.ofSeconds(30);

  private final BlockingQueue<String> handled = new LinkedBlockingQueue<>();

  @BeforeEach
  void emptyTables() throws InterruptedException {
    TestDatabase.truncateAll();
    // listeners of earlier tests are gone (they hold no connection once their workers closed)
    waitUntil(Duration.ofSeconds(5), () -> listenerPids().isEmpty());
  }

  @Test
  void withoutWakeUpsAnIdleWorkerFindsANewEventOnlyAtItsNextPoll() throws Exception {
    OutboxStore store = JdbcOutboxStore.create(TestDatabase.newPool(3));
    OutboxWorker worker = worker(store, LONG_POLL).wakeOnAppend(false).build();
    worker.start();
    try {
      Thread.sleep(500); // first (empty) claim done: the worker sleeps for 30 s
      assertThat(listenerPids()).as("polling only: nothing listens").isEmpty();
      Outbox.builder(store).build().enqueue(event("poll-only"));
      assertThat(handled.poll(3, TimeUnit.SECONDS))
          .as("handled within 3 s although the worker polls every 30 s")
          .isNull();
    } finally {
      worker.close();
    }
  }

  @Test
  void aKilledListeningConnectionIsReopenedAndWakesWorkersAgain() throws Exception {
    OutboxStore store = JdbcOutboxStore.create(TestDatabase.newPool(3));
    OutboxWorker worker = worker(store, LONG_POLL).build();
    worker.start();
    try {
      // one snapshot per check: the list can change between two calls while the listener settles
      AtomicInteger listening = new AtomicInteger();
      waitUntil(Duration.ofSeconds(10), () -> soleListener(listening));
      int killed = listening.get();
      terminate(killed);
      waitUntil(Duration.ofSeconds(10), () -> soleListener(listening) && listening.get() != killed);
      Thread.sleep(300); // the reconnection's own wake-up claim is over
      assertLatencyBelowTwoSeconds(store, "after-reconnect");
    } finally {
      worker.close();
    }
  }

  @Test
  void anEventCommittedWithoutNotificationIsDeliveredByTheFallbackPoll() throws Exception {
    OutboxStore store = JdbcOutboxStore.create(TestDatabase.newPool(3));
    OutboxWorker worker = worker(store, Duration.ofSeconds(1)).build();
    worker.start();
    try {
      waitUntil(Duration.ofSeconds(10), () -> listenerPids().size() == 1);
      Thread.sleep(300);
      // written by other means (no pg_notify), as if the notification had been lost
      BusinessEvent<String> e = event("no-notify");
      EventCodec codec = EventCodec.standard();
      try (Connection c = TestDatabase.dataSource().getConnection();
          PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO odc_outbox (event_id, aggregate_key, event_type, source,"
                      + " payload_type, envelope, status, attempts, available_at, created_at,"
                      + " head) VALUES (?, ?, ?, ?, ?, ?::json, 'PENDING', 0, now(), now(),"
                      + " true)")) {
        ps.setString(1, e.eventId());
        ps.setString(2, "agg-no-notify");
        ps.setString(3, e.type());
        ps.setString(4, e.source());
        ps.setString(5, codec.payloadTypeOf(e));
        ps.setString(6, codec.encode(e));
        ps.executeUpdate();
      }
      assertThat(handled.poll(5, TimeUnit.SECONDS))
          .as("found by the 1 s poll")
          .isEqualTo(e.eventId());
    } finally {
      worker.close();
    }
  }

  @Test
  void whenTheDataSourceCannotListenWorkersPollWithoutSpinning() throws Exception {
    AtomicInteger listenAttempts = new AtomicInteger();
    AtomicInteger claims = new AtomicInteger();
    DataSource refusing = refusingListen(TestDatabase.newPool(3), listenAttempts, claims);
    OutboxStore store = JdbcOutboxStore.create(refusing);
    OutboxWorker worker = worker(store, Duration.ofMillis(200)).build();
    worker.start();
    try {
      Thread.sleep(3000);
      // backoff 100 ms doubling: attempts at ~0, 0.1, 0.3, 0.7, 1.5 s (3.1 s is past the window)
      assertThat(listenAttempts.get()).as("LISTEN attempts in 3 s").isBetween(2, 6);
      // one claim per 200 ms poll plus one per failed LISTEN, not a spin
      assertThat(claims.get()).as("claims in 3 s").isBetween(5, 30);
      BusinessEvent<String> e = event("polled");
      long t0 = System.nanoTime();
      Outbox.builder(store).build().enqueue(e);
      assertThat(handled.poll(5, TimeUnit.SECONDS)).isEqualTo(e.eventId());
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
    } finally {
      worker.close();
    }
  }

  @Test
  void workersOfOneStoreShareOneListeningConnectionGivenBackWhenTheLastCloses() throws Exception {
    DataSource pool = TestDatabase.newPool(2); // one for the listener, one for the workers
    OutboxStore store = JdbcOutboxStore.create(pool);
    for (int round = 0; round < 3; round++) {
      List<OutboxWorker> workers = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        OutboxWorker w = worker(store, LONG_POLL).workerId("shared-" + round + "-" + i).build();
        w.start();
        workers.add(w);
      }
      waitUntil(Duration.ofSeconds(10), () -> listenerPids().size() == 1);
      Thread.sleep(300);
      assertLatencyBelowTwoSeconds(store, "shared-" + round);
      assertThat(listenerPids()).as("one listening connection for both workers").hasSize(1);
      workers.get(0).close();
      assertThat(listenerPids()).as("still listening for the other worker").hasSize(1);
      workers.get(1).close();
      waitUntil(Duration.ofSeconds(5), () -> listenerPids().isEmpty());
      waitUntil(Duration.ofSeconds(5), () -> listenerThreads() == 0);
    }
    // no connection was kept: the two-connection pool still serves two at once
    try (Connection a = pool.getConnection();
        Connection b = pool.getConnection()) {
      assertThat(a.isValid(1) && b.isValid(1)).isTrue();
    }
  }

  private OutboxWorker.Builder worker(OutboxStore store, Duration poll) {
    return OutboxWorker.builder(store, e -> handled.add(e.eventId()))
        .workerId("listen-test")
        .pollInterval(poll);
  }

  private void assertLatencyBelowTwoSeconds(OutboxStore store, String id) throws Exception {
    BusinessEvent<String> e = event(id);
    long t0 = System.nanoTime();
    Outbox.builder(store).build().enqueue(e);
    assertThat(handled.poll(10, TimeUnit.SECONDS)).isEqualTo(e.eventId());
    assertThat(Duration.ofNanos(System.nanoTime() - t0))
        .as("enqueue-to-handler latency with a 30 s poll")
        .isLessThan(Duration.ofSeconds(2));
  }

  private static BusinessEvent<String> event(String id) {
    return BusinessEvent.of("stock.moved", "wms:acme", Instant.now(), "move-" + id);
  }

  private static List<Integer> listenerPids() {
    try (Connection c = TestDatabase.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT pid FROM pg_stat_activity WHERE application_name = ? ORDER BY pid")) {
      ps.setString(1, JdbcOutboxStore.LISTENER_APPLICATION_NAME);
      List<Integer> pids = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          pids.add(rs.getInt(1));
        }
      }
      return pids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void terminate(int pid) throws SQLException {
    try (Connection c = TestDatabase.dataSource().getConnection();
        Statement st = c.createStatement()) {
      st.execute("SELECT pg_terminate_backend(" + pid + ")");
    }
  }

  private static long listenerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("odc-outbox-listener"))
        .count();
  }

  private static void waitUntil(Duration max, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition met within %s", max).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /**
   * A data source whose connections refuse {@code LISTEN} (counting the attempts) and count outbox
   * claims: a pooler that cannot listen.
   */
  private static DataSource refusingListen(
      DataSource target, AtomicInteger listenAttempts, AtomicInteger claims) {
    return new DataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        Connection real = target.getConnection();
        return (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("prepareStatement")
                      && ((String) args[0]).contains("SET status = 'IN_FLIGHT'")) {
                    claims.incrementAndGet();
                  }
                  Object result = invoke(method, real, args);
                  if (result instanceof Statement st
                      && method.getName().equals("createStatement")) {
                    return refusingStatement(st, listenAttempts);
                  }
                  return result;
                });
      }

      @Override
      public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLException("not supported");
      }

      @Override
      public PrintWriter getLogWriter() {
        return null;
      }

      @Override
      public void setLogWriter(PrintWriter out) {}

      @Override
      public void setLoginTimeout(int seconds) {}

      @Override
      public int getLoginTimeout() {
        return 0;
      }

      @Override
      public Logger getParentLogger() {
        return Logger.getGlobal();
      }

      @Override
      public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
      }

      @Override
      public boolean isWrapperFor(Class<?> iface) {
        return false;
      }
    };
  }

  private static Statement refusingStatement(Statement real, AtomicInteger listenAttempts) {
    return (Statement)
        Proxy.newProxyInstance(
            Statement.class.getClassLoader(),
            new Class<?>[] {Statement.class},
            (proxy, method, args) -> {
              if (method.getName().equals("execute")
                  && args != null
                  && args[0] instanceof String sql
                  && sql.startsWith("LISTEN")) {
                listenAttempts.incrementAndGet();
                throw new SQLException("LISTEN is not supported by this pooler", "0A000");
              }
              return invoke(method, real, args);
            });
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Whether exactly one backend listens right now; if so its pid is stored in {@code pid}. */
  private static boolean soleListener(AtomicInteger pid) {
    List<Integer> pids = listenerPids();
    if (pids.size() != 1) {
      return false;
    }
    pid.set(pids.get(0));
    return true;
  }
}
