package io.github.odooconnector.reliability.testing.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.reliability.api.InboxWorker;
import io.github.odooconnector.reliability.api.WebhookInbox;
import io.github.odooconnector.reliability.jdbc.JdbcInboxStore;
import io.github.odooconnector.reliability.spi.InboxStore;
import io.github.odooconnector.reliability.spi.VerifiedWebhook;
import io.github.odooconnector.reliability.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inbox workers of the JDBC store wake on PostgreSQL {@code LISTEN/NOTIFY} (the contract suite's
 * wake-up test covers the happy path): here that polling only holds no listening connection and
 * finds a message only at its poll, that a duplicate delivery does not wake anyone, and that the
 * listening connection and thread are given back when the last worker closes.
 */
class JdbcInboxListenNotifyTest {

  private static final Duration LONG_POLL = Duration.ofSeconds(30);

  private final BlockingQueue<String> handled = new LinkedBlockingQueue<>();

  @BeforeEach
  void emptyTables() throws InterruptedException {
    TestDatabase.truncateAll();
    waitUntil(Duration.ofSeconds(5), () -> listenerPids().isEmpty());
  }

  @Test
  void withoutWakeUpsAnIdleWorkerHoldsNoListeningConnectionAndWaitsForItsPoll() throws Exception {
    InboxStore store = JdbcInboxStore.create(TestDatabase.newPool(3));
    InboxWorker worker = worker(store, Duration.ofSeconds(3)).wakeOnReceive(false).build();
    worker.start();
    try {
      Thread.sleep(500);
      assertThat(listenerPids()).as("polling only: nothing listens").isEmpty();
      receive(store, "poll-1");
      assertThat(handled.poll(1, TimeUnit.SECONDS)).as("not before the poll").isNull();
      assertThat(handled.poll(10, TimeUnit.SECONDS)).as("at the poll").isEqualTo("poll-1");
    } finally {
      worker.close();
    }
  }

  @Test
  void workersOfOneStoreShareOneListeningConnectionGivenBackWhenTheLastCloses() throws Exception {
    DataSource pool = TestDatabase.newPool(2); // one for the listener, one for the workers
    InboxStore store = JdbcInboxStore.create(pool);
    List<InboxWorker> workers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      InboxWorker w = worker(store, LONG_POLL).name("shared-" + i).build();
      w.start();
      workers.add(w);
    }
    try {
      waitUntil(Duration.ofSeconds(10), () -> listenerPids().size() == 1);
      Thread.sleep(300);
      long t0 = System.nanoTime();
      assertThat(receive(store, "shared")).isTrue();
      assertThat(handled.poll(10, TimeUnit.SECONDS)).isEqualTo("shared");
      assertThat(Duration.ofNanos(System.nanoTime() - t0))
          .as("receive-to-handler latency with a 30 s poll")
          .isLessThan(Duration.ofSeconds(2));
      assertThat(receive(store, "shared")).as("a duplicate is not stored").isFalse();
      assertThat(handled.poll(500, TimeUnit.MILLISECONDS)).as("nothing new to handle").isNull();
      assertThat(listenerPids()).as("one listening connection for both workers").hasSize(1);
    } finally {
      workers.forEach(InboxWorker::close);
    }
    waitUntil(Duration.ofSeconds(5), () -> listenerPids().isEmpty());
    waitUntil(Duration.ofSeconds(5), () -> listenerThreads() == 0);
    try (Connection a = pool.getConnection();
        Connection b = pool.getConnection()) {
      assertThat(a.isValid(1) && b.isValid(1)).as("no connection kept").isTrue();
    }
  }

  private InboxWorker.Builder worker(InboxStore store, Duration poll) {
    return InboxWorker.builder(WebhookInbox.builder(store).build(), m -> handled.add(m.eventId()))
        .name("listen-test")
        .pollInterval(poll);
  }

  private static boolean receive(InboxStore store, String id) {
    return store.store(
        "wms", new VerifiedWebhook(id, null, "{}".getBytes(StandardCharsets.UTF_8)), Instant.now());
  }

  private static List<Integer> listenerPids() {
    try (Connection c = TestDatabase.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT pid FROM pg_stat_activity WHERE application_name = ? ORDER BY pid")) {
      ps.setString(1, JdbcInboxStore.LISTENER_APPLICATION_NAME);
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

  private static long listenerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && t.getName().startsWith("odc-inbox-listener"))
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
}
