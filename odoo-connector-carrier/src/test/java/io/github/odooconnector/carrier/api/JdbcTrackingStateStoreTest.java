package io.github.odooconnector.carrier.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.spi.TrackingState;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import io.github.odooconnector.reliability.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs against a real PostgreSQL (embedded binaries, no Docker). */
class JdbcTrackingStateStoreTest {

  private static JdbcTrackingStateStore store;
  private static DataSource otherInstance;

  @BeforeAll
  static void database() {
    store = new JdbcTrackingStateStore(TestDatabase.dataSource());
    store.createTableIfMissing();
    store.createTableIfMissing();
    otherInstance = TestDatabase.newPool(8);
  }

  private static TrackingEvent event(String number, TrackingStatus status, String at) {
    return TrackingEvent.builder()
        .trackingNumber(number)
        .carrier("sim")
        .status(status)
        .rawCode(status.name())
        .rawDescription("scan at \"hub\" <1>")
        .location("Antwerpen")
        .occurredAt(Instant.parse(at))
        .build();
  }

  @Test
  void stateSurvivesARestartAndKeepsEventsAndVersion() {
    TrackingEvent delivered = event("JT1", TrackingStatus.DELIVERED, "2026-11-27T10:00:00Z");
    TrackingState first = TrackingState.first("sim", delivered);
    assertThat(store.compareAndSet(0, first)).isTrue();

    TrackingState read = new JdbcTrackingStateStore(otherInstance).find("sim", "JT1").orElseThrow();

    assertThat(read.version()).isEqualTo(1);
    assertThat(read.lastApplied()).isEqualTo(delivered);
    assertThat(read.hasSeen(delivered)).isTrue();
    assertThat(store.find("sim", "unknown")).isEmpty();
    assertThat(store.find("other-carrier", "JT1")).isEmpty();
  }

  @Test
  void onlyOneWriterWinsPerVersion() throws Exception {
    TrackingState first =
        TrackingState.first("sim", event("JT2", TrackingStatus.IN_TRANSIT, "2026-11-27T08:00:00Z"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> creators = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        JdbcTrackingStateStore s =
            new JdbcTrackingStateStore(i % 2 == 0 ? TestDatabase.dataSource() : otherInstance);
        creators.add(() -> s.compareAndSet(0, first));
      }
      long winners = 0;
      for (Future<Boolean> f : pool.invokeAll(creators)) {
        winners += f.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    TrackingState delivered =
        first.next(event("JT2", TrackingStatus.DELIVERED, "2026-11-27T12:00:00Z"), true);
    TrackingState stale =
        first.next(event("JT2", TrackingStatus.EXCEPTION, "2026-11-27T11:00:00Z"), true);
    assertThat(store.compareAndSet(1, delivered)).isTrue();
    assertThat(store.compareAndSet(1, stale)).isFalse();
    assertThat(store.find("sim", "JT2").orElseThrow().lastApplied().status())
        .isEqualTo(TrackingStatus.DELIVERED);
  }

  @Test
  void tableNamesAreValidatedAgainstInjection() {
    assertThatThrownBy(
            () -> new JdbcTrackingStateStore(TestDatabase.dataSource(), "x; DROP TABLE y"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(JdbcTrackingStateStore.ddl("ops.tracking_state"))
        .startsWith("CREATE TABLE IF NOT EXISTS ops.");
  }
}
