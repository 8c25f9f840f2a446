package io.github.odooconnector.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.OdooTransportException;
import io.github.odooconnector.core.api.ReadOptions;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import io.github.odooconnector.testkit.RecordedCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Parallel keyset reads and grouped/batched writes through the public API, against FakeOdoo. */
class ParallelReadsAndBulkWritesTest {

  private static final String PARTNER = "res.partner";
  private static final Domain PARALLEL = Domain.where("ref", "=like", "par-%");
  private static final List<String> FIELDS = List.of("name", "ref", "city");

  private static FakeOdoo odoo;
  private static OdooClient client;
  private static List<Long> created;

  @BeforeAll
  static void seed() {
    odoo = FakeOdoo.builder().version(OdooVersion.V19).seedData(false).start();
    client = Clients.apiKey(odoo);
    List<Map<String, Object>> values = new ArrayList<>();
    for (int i = 0; i < 2_345; i++) {
      values.add(Map.of("name", "Contact " + i, "ref", "par-" + i, "city", "City " + (i % 7)));
      // interleave non-matching records so the id space has holes
      if (i % 5 == 0) {
        values.add(Map.of("name", "Other " + i, "ref", "other-" + i));
      }
    }
    created = client.create(PARTNER, values, 500);
  }

  @AfterAll
  static void stop() {
    client.close();
    odoo.close();
  }

  private static List<OdooRecord> sequential() {
    try (Stream<OdooRecord> s = client.streamSearchRead(PARTNER, PARALLEL, FIELDS, 100)) {
      return s.toList();
    }
  }

  private static Set<Thread> readerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("odoo-read-"))
        .collect(Collectors.toSet());
  }

  @Test
  void parallelStreamDeliversTheSameRecordsInTheSameOrderAsTheSequentialStream() {
    List<OdooRecord> expected = sequential();
    assertThat(expected).hasSize(2_345);
    for (int parallelism : new int[] {2, 4, 7}) {
      try (Stream<OdooRecord> s =
          client.streamSearchRead(
              PARTNER, PARALLEL, FIELDS, ReadOptions.pages(100).withParallelism(parallelism))) {
        assertThat(s.toList()).containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void readAllReturnsEveryRecordOnceAndUnorderedReadsTheSameSet() {
    List<OdooRecord> expected = sequential();
    List<OdooRecord> all =
        client.readAll(PARTNER, PARALLEL, FIELDS, ReadOptions.pages(64).withParallelism(4));
    assertThat(all).containsExactlyElementsOf(expected);
    List<OdooRecord> unordered =
        client.readAll(
            PARTNER, PARALLEL, FIELDS, ReadOptions.pages(64).withParallelism(4).unordered());
    assertThat(unordered).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(all.get(0).asMap()).containsKeys("id", "name", "ref", "city");
  }

  @Test
  void atMostParallelismPagesAreInFlightOrHeld() {
    odoo.clearCalls();
    AtomicInteger consumed = new AtomicInteger();
    try (Stream<OdooRecord> s =
        client.streamSearchRead(
            PARTNER, PARALLEL, FIELDS, ReadOptions.pages(50).withParallelism(3))) {
      Iterator<OdooRecord> it = s.iterator();
      for (int i = 0; i < 10; i++) {
        it.next();
        consumed.incrementAndGet();
      }
      // the first page is being consumed: the fake has seen at most 3 page reads
      sleepQuietly(300);
      long pageCalls = odoo.calls().stream().filter(c -> c.is(PARTNER, "search_read")).count();
      assertThat(pageCalls).isBetween(1L, 3L);
    }
    assertThat(consumed).hasValue(10);
  }

  @Test
  void aFailedPageIsThrownOnceAndStopsTheRead() {
    try (FakeOdoo fake = FakeOdoo.builder().version(OdooVersion.V19).seedData(false).start();
        OdooClient noRetry =
            OdooClient.builder()
                .url(fake.url())
                .database(fake.database())
                .login(fake.adminLogin())
                .apiKey(fake.adminApiKey())
                .retry(RetrySettings.none())
                .build()) {
      noRetry.create(
          PARTNER,
          IntStream.range(0, 1_000).mapToObj(i -> Map.of("name", "F" + i)).toList(),
          1_000);
      Stream<OdooRecord> s =
          noRetry.streamSearchRead(
              PARTNER, Domain.all(), List.of("name"), ReadOptions.pages(100).withParallelism(4));
      Iterator<OdooRecord> it = s.iterator();
      for (int i = 0; i < 150; i++) {
        it.next(); // first two pages fine
      }
      fake.faults().failNext(100).onlyFor(PARTNER, "search_read");
      int failures = 0;
      int delivered = 150;
      for (int attempt = 0; attempt < 2_000; attempt++) {
        try {
          if (!it.hasNext()) {
            break;
          }
          it.next();
          delivered++;
        } catch (OdooTransportException e) {
          failures++;
        }
      }
      fake.faults().clear();
      assertThat(failures).isEqualTo(1);
      assertThat(delivered).isLessThan(1_000);
      assertThat(it.hasNext()).isFalse();
      s.close();
    }
    awaitNoReaderThreads();
  }

  @Test
  void noReaderThreadIsLeftAfterFullReadsOrEarlyClose() {
    client.readAll(PARTNER, PARALLEL, FIELDS, ReadOptions.pages(100).withParallelism(4));
    try (Stream<OdooRecord> s =
        client.streamSearchRead(
            PARTNER, PARALLEL, FIELDS, ReadOptions.pages(100).withParallelism(4))) {
      assertThat(s.limit(5).count()).isEqualTo(5);
    }
    awaitNoReaderThreads();
  }

  @Test
  void manyStreamsShareTheClientsBoundedReaderThreadsAndClosingTheClientEndsThem()
      throws InterruptedException {
    try (FakeOdoo fake = FakeOdoo.builder().version(OdooVersion.V19).seedData(false).start()) {
      OdooClient reader = Clients.apiKey(fake);
      reader.create(
          PARTNER, IntStream.range(0, 400).mapToObj(i -> Map.of("name", "T" + i)).toList(), 400);
      Set<Thread> before = readerThreads();
      List<Stream<OdooRecord>> open = new ArrayList<>();
      int most = 0;
      for (int i = 0; i < 40; i++) { // 40 streams x 8 pages in flight, none read to the end
        Stream<OdooRecord> s =
            reader.streamSearchRead(
                PARTNER, Domain.all(), List.of("name"), ReadOptions.pages(10).withParallelism(8));
        open.add(s);
        assertThat(s.iterator().hasNext()).isTrue();
        most = Math.max(most, newReaderThreads(before).size());
      }
      assertThat(most).as("reader threads of one client").isBetween(1, 32);
      open.forEach(Stream::close);

      fake.faults().onlyFor(PARTNER, "search_read").delayNext(100, Duration.ofSeconds(5));
      Stream<OdooRecord> slow =
          reader.streamSearchRead(
              PARTNER, Domain.all(), List.of("name"), ReadOptions.pages(10).withParallelism(4));
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread consumer =
          new Thread(
              () -> {
                try {
                  slow.iterator().hasNext();
                } catch (RuntimeException e) {
                  failure.set(e);
                }
              });
      consumer.start();
      long waitForReads = System.nanoTime() + Duration.ofSeconds(3).toNanos();
      while (newReaderThreads(before).stream().noneMatch(Thread::isAlive)
          && System.nanoTime() < waitForReads) {
        sleepQuietly(20);
      }
      sleepQuietly(200); // the pages are read (slowly) in the fake now
      Set<Thread> busy = newReaderThreads(before);
      assertThat(busy).isNotEmpty();

      reader.close();

      long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
      for (Thread t : busy) {
        t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      }
      consumer.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      assertThat(busy).as("reader threads after close").noneMatch(Thread::isAlive);
      assertThat(consumer.isAlive()).as("the stream's reader is not left waiting").isFalse();
      assertThat(failure.get()).isNotNull();
      fake.faults().clear();
    }
  }

  private static Set<Thread> newReaderThreads(Set<Thread> before) {
    Set<Thread> now = readerThreads();
    now.removeAll(before);
    return now;
  }

  @Test
  void readOptionsRejectOutOfRangeValues() {
    assertThatThrownBy(() -> ReadOptions.pages(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("pageSize");
    assertThatThrownBy(() -> ReadOptions.pages(10).withParallelism(33))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parallelism");
  }

  @Test
  void groupedWriteSendsOneCallPerDistinctValues() {
    List<Long> ids =
        client.create(
            PARTNER, IntStream.range(0, 6).mapToObj(i -> Map.of("name", "Grouped " + i)).toList());
    Map<Long, Map<String, Object>> updates = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      updates.put(ids.get(i), Map.of("city", i % 2 == 0 ? "Even" : "Odd"));
    }
    updates.put(ids.get(5), Map.of("city", "Odd", "zip", "1000"));
    odoo.clearCalls();

    int calls = client.write(PARTNER, updates);

    assertThat(calls).isEqualTo(3);
    assertThat(odoo.calls()).filteredOn(c -> c.is(PARTNER, "write")).hasSize(3);
    List<OdooRecord> back =
        client.searchRead(
            PARTNER,
            Domain.where("id", "in", ids),
            List.of("city", "zip"),
            SearchOptions.defaults().withOrder("id"));
    assertThat(back)
        .extracting(r -> r.asMap().get("city"))
        .containsExactly("Even", "Odd", "Even", "Odd", "Even", "Odd");
    assertThat(back.get(5).asMap().get("zip")).isEqualTo("1000");
  }

  @Test
  void batchedCreateUsesOneCallPerBatchAndKeepsTheOrder() {
    odoo.clearCalls();
    List<Map<String, Object>> values =
        IntStream.range(0, 25).mapToObj(i -> Map.<String, Object>of("name", "B" + i)).toList();
    List<Long> ids = client.create(PARTNER, values, 10);
    assertThat(odoo.calls()).filteredOn((RecordedCall c) -> c.is(PARTNER, "create")).hasSize(3);
    assertThat(ids).hasSize(25).isSorted().doesNotHaveDuplicates();
    assertThat(client.read(PARTNER, List.of(ids.get(24)), List.of("name")).get(0).asMap())
        .containsEntry("name", "B24");
    assertThat(created).hasSize(2_345 + 469);
    assertThatThrownBy(() -> client.create(PARTNER, values, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("batchSize");
  }

  private static void awaitNoReaderThreads() {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!readerThreads().isEmpty() && System.nanoTime() < deadline) {
      sleepQuietly(50);
    }
    assertThat(readerThreads()).isEmpty();
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
