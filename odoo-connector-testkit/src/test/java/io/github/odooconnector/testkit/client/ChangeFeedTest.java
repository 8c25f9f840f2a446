package io.github.odooconnector.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.odooconnector.core.api.Change;
import io.github.odooconnector.core.api.ChangeBatch;
import io.github.odooconnector.core.api.ChangeFeed;
import io.github.odooconnector.core.api.ChangeKind;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooMissingRecordException;
import io.github.odooconnector.core.memory.InMemoryChangeCursorStore;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The change feed through the public API, against FakeOdoo posing as Odoo 17, 18 and 19. */
class ChangeFeedTest {

  private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
  private static final Domain FEED = Domain.where("name", "=like", "feed-%");

  private static List<Map<String, Object>> partners(String prefix, int n) {
    return IntStream.range(0, n)
        .mapToObj(i -> Map.<String, Object>of("name", "feed-" + prefix + "-" + i))
        .toList();
  }

  private static FakeOdoo fake(OdooVersion v, SteppingClock clock) {
    return FakeOdoo.builder().version(v).clock(clock).seedData(false).start();
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void recordsSharingAWriteDateAreNeitherSkippedNorRepeatedAcrossPages(OdooVersion v) {
    SteppingClock clock = new SteppingClock(T0, Duration.ZERO);
    try (FakeOdoo odoo = fake(v, clock);
        OdooClient client = Clients.apiKey(odoo)) {
      List<Long> first = client.create("res.partner", partners("a", 10));
      clock.advance(Duration.ofSeconds(1));
      List<Long> second = client.create("res.partner", partners("b", 25));
      // a later write inside the same second to the smallest id: Odoo orders it last by
      // write_date (microseconds) although its id comes first
      clock.advance(Duration.ofMillis(400));
      client.write("res.partner", List.of(second.get(0)), Map.of("name", "feed-b-0-renamed"));
      clock.advance(Duration.ofSeconds(1));
      List<Long> third = client.create("res.partner", partners("c", 3));

      ChangeFeed feed =
          client
              .changes("res.partner", FEED, List.of("name"))
              .pageSize(7)
              .overlap(Duration.ZERO)
              .build();
      List<Change> delivered = new ArrayList<>();
      feed.drain(delivered::add);

      List<Long> expected = new ArrayList<>(first);
      expected.addAll(second);
      expected.addAll(third);
      assertThat(delivered).extracting(Change::id).containsExactlyElementsOf(expected);
      assertThat(delivered)
          .filteredOn(c -> c.id() == second.get(0))
          .singleElement()
          .satisfies(c -> assertThat(c.record().string("name")).contains("feed-b-0-renamed"));
      assertThat(delivered).extracting(Change::writeDate).isSorted();
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void aLongTransactionCommittingAChangeInThePastIsDeliveredThroughTheOverlap(OdooVersion v) {
    SteppingClock clock = new SteppingClock(T0, Duration.ZERO);
    try (FakeOdoo odoo = fake(v, clock);
        OdooClient client = Clients.apiKey(odoo)) {
      List<Long> ids = client.create("res.partner", partners("x", 2));
      ChangeFeed feed =
          client
              .changes("res.partner", FEED, List.of("name"))
              .overlap(Duration.ofMinutes(1))
              .build();
      assertThat(feed.drain(c -> {})).isEqualTo(2);

      clock.advance(Duration.ofSeconds(15));
      client.write("res.partner", List.of(ids.get(1)), Map.of("name", "feed-x-1-v2"));
      List<Change> seen = new ArrayList<>();
      feed.drain(seen::add);
      assertThat(seen).extracting(Change::id).containsExactly(ids.get(1));

      // a transaction that started 3 s before the change just delivered commits now
      odoo.writeAsOf(
          "res.partner", ids.get(0), Map.of("name", "feed-x-0-late"), T0.plusSeconds(12));
      List<Change> late = new ArrayList<>();
      feed.drain(late::add);
      assertThat(late)
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.id()).isEqualTo(ids.get(0));
                assertThat(c.writeDate()).isEqualTo(T0.plusSeconds(12));
                assertThat(c.record().string("name")).contains("feed-x-0-late");
              });
      assertThat(feed.drain(c -> {})).as("the overlap re-read delivers nothing twice").isZero();
    }
  }

  @Test
  void withoutOverlapALateCommitBeforeTheNewestSecondIsNotSeen() {
    SteppingClock clock = new SteppingClock(T0, Duration.ZERO);
    try (FakeOdoo odoo = fake(OdooVersion.V18, clock);
        OdooClient client = Clients.apiKey(odoo)) {
      List<Long> ids = client.create("res.partner", partners("x", 2));
      ChangeFeed feed =
          client.changes("res.partner", FEED, List.of("name")).overlap(Duration.ZERO).build();
      feed.drain(c -> {});
      clock.advance(Duration.ofSeconds(15));
      client.write("res.partner", List.of(ids.get(1)), Map.of("name", "feed-x-1-v2"));
      feed.drain(c -> {});
      odoo.writeAsOf(
          "res.partner", ids.get(0), Map.of("name", "feed-x-0-late"), T0.plusSeconds(12));
      assertThat(feed.drain(c -> {}))
          .as("documented bound: commits older than the overlap are not guaranteed")
          .isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void aSecondWriteInsideTheSameSecondIsDeliveredAndNothingIsDeliveredTwice(OdooVersion v) {
    SteppingClock clock = new SteppingClock(T0, Duration.ZERO);
    try (FakeOdoo odoo = fake(v, clock);
        OdooClient client = Clients.apiKey(odoo)) {
      long id = client.create("res.partner", Map.of("name", "feed-same-v1"));
      ChangeFeed feed = client.changes("res.partner", FEED, List.of("name")).build();
      assertThat(feed.drain(c -> {})).isEqualTo(1);
      client.write("res.partner", List.of(id), Map.of("name", "feed-same-v2"));
      List<Change> again = new ArrayList<>();
      feed.drain(again::add);
      assertThat(again)
          .singleElement()
          .satisfies(c -> assertThat(c.record().string("name")).contains("feed-same-v2"));
      assertThat(feed.drain(c -> {})).isZero();
    }
  }

  @Test
  void anUncommittedBatchIsDeliveredAgainAndACommittedOneResumesOnAnotherInstance() {
    SteppingClock clock = new SteppingClock(T0, Duration.ofMillis(300));
    InMemoryChangeCursorStore store = InMemoryChangeCursorStore.create();
    try (FakeOdoo odoo = fake(OdooVersion.V19, clock);
        OdooClient a = Clients.apiKey(odoo);
        OdooClient b = Clients.apiKey(odoo)) {
      List<Long> ids = a.create("res.partner", partners("r", 6));
      ChangeFeed onA =
          a.changes("res.partner", FEED, List.of("name"))
              .name("crm")
              .cursorStore(store)
              .pageSize(2)
              .build();
      ChangeBatch first = onA.poll();
      assertThat(onA.poll().changes())
          .as("not committed: delivered again")
          .isEqualTo(first.changes());
      onA.commit(first);

      ChangeFeed onB =
          b.changes("res.partner", FEED, List.of("name"))
              .name("crm")
              .cursorStore(store)
              .pageSize(2)
              .build();
      List<Long> rest = new ArrayList<>();
      onB.drain(c -> rest.add(c.id()));
      List<Long> all = new ArrayList<>(first.changes().stream().map(Change::id).toList());
      all.addAll(rest);
      assertThat(all).containsExactlyElementsOf(ids);
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void deletionsAndArchivedRecordsAreReportedByAKeysetWalk(OdooVersion v) {
    SteppingClock clock = new SteppingClock(T0, Duration.ofMillis(10));
    try (FakeOdoo odoo = fake(v, clock);
        OdooClient client = Clients.apiKey(odoo)) {
      List<Long> ids = client.create("res.partner", partners("d", 7));
      client.unlink("res.partner", List.of(ids.get(1), ids.get(5)));
      client.call("res.partner", "action_archive", List.of(List.of(ids.get(3))), Map.of());
      ChangeFeed feed = client.changes("res.partner", FEED, List.of("name")).pageSize(2).build();

      List<Change> gone = feed.detectDeletions(ids);

      assertThat(gone)
          .extracting(Change::id, Change::kind)
          .containsExactly(
              tuple(ids.get(1), ChangeKind.DELETED),
              tuple(ids.get(3), ChangeKind.LEFT_SCOPE),
              tuple(ids.get(5), ChangeKind.DELETED));
      assertThat(gone).allSatisfy(c -> assertThat(c.optionalRecord()).isEmpty());
      assertThat(feed.detectDeletions(List.of())).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = OdooVersion.class,
      names = {"V17", "V19"})
  void concurrentWritersLongTransactionsAndDeletionsLoseNoChangeAndDeliverNoneTwice(OdooVersion v)
      throws Exception {
    // 50 ms per clock read: many writes share a second, as on a busy server
    SteppingClock clock = new SteppingClock(T0, Duration.ofMillis(50));
    try (FakeOdoo odoo = fake(v, clock);
        OdooClient writerClient = Clients.apiKey(odoo);
        OdooClient consumerClient = Clients.apiKey(odoo)) {
      List<Long> ids = writerClient.create("res.partner", partners("s", 30));
      Set<Long> deleted = ConcurrentHashMap.newKeySet();
      ChangeFeed feed =
          consumerClient
              .changes("res.partner", FEED, List.of("name", "ref"))
              .pageSize(5)
              .overlap(Duration.ofSeconds(30))
              .build();
      Map<Long, Object> lastRef = new ConcurrentHashMap<>();
      List<String> deliveries = new ArrayList<>();
      Set<Long> known = new HashSet<>();
      Consumer<Change> consumer =
          c -> {
            deliveries.add(c.id() + "|" + c.writeDate() + "|" + c.record().raw("ref"));
            lastRef.put(c.id(), c.record().raw("ref"));
            known.add(c.id());
          };
      feed.drain(consumer); // the consumer knows every partner before the writers start
      assertThat(known).containsExactlyInAnyOrderElementsOf(ids);
      AtomicBoolean writing = new AtomicBoolean(true);
      ExecutorService pool = Executors.newFixedThreadPool(6);
      try {
        List<Future<?>> writers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
          int thread = t;
          writers.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < 120; i++) {
                      long id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                      try {
                        writerClient.write(
                            "res.partner", List.of(id), Map.of("ref", "w" + thread + "-" + i));
                      } catch (OdooMissingRecordException gone) {
                        // deleted meanwhile
                      }
                    }
                    return null;
                  }));
        }
        writers.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 20; i++) {
                    long id = ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
                    if (!deleted.contains(id)) {
                      odoo.writeAsOf(
                          "res.partner",
                          id,
                          Map.of("ref", "late-" + i),
                          clock.peek().minusSeconds(3));
                    }
                    Thread.sleep(5);
                  }
                  return null;
                }));
        writers.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 5; i++) {
                    long id = ids.get(i * 6);
                    deleted.add(id);
                    writerClient.unlink("res.partner", List.of(id));
                    Thread.sleep(10);
                  }
                  return null;
                }));
        Future<?> reader =
            pool.submit(
                () -> {
                  while (writing.get()) {
                    feed.drain(consumer);
                  }
                  return null;
                });
        for (Future<?> w : writers) {
          w.get(60, TimeUnit.SECONDS);
        }
        writing.set(false);
        reader.get(60, TimeUnit.SECONDS);
      } finally {
        pool.shutdownNow();
      }
      feed.drain(consumer); // the last changes, after the writers stopped

      for (long id : ids) {
        if (deleted.contains(id)) {
          assertThat(odoo.record("res.partner", id)).isEmpty();
          continue;
        }
        Object current = odoo.record("res.partner", id).orElseThrow().get("ref");
        assertThat(lastRef.get(id)).as("last delivered state of partner %s", id).isEqualTo(current);
      }
      assertThat(deliveries).as("no change delivered twice").doesNotHaveDuplicates();
      assertThat(feed.detectDeletions(known))
          .extracting(Change::id)
          .containsExactlyInAnyOrderElementsOf(deleted);
    }
  }
}
