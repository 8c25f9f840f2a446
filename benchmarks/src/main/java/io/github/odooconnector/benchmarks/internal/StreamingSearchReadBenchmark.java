package io.github.odooconnector.benchmarks.internal;

import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Benchmark 3: reading 100,000 contacts (10 fields, JSON-2) either with {@code streamSearchRead}
 * (pages of 1,000, keyset paging) or, the baseline, with one {@code searchRead} returning them all
 * in a list. Besides the time per full read, each invocation reports its peak retained heap (see
 * {@link HeapWatcher}) as a side result.
 *
 * <p>The fake Odoo runs in a child JVM so that only the client's memory is measured. The benchmark
 * JVM uses the serial collector with a 16 MiB young generation, so collections (and therefore heap
 * observations) happen every few megabytes of allocation; both variants run under the same
 * settings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-XX:+UseSerialGC", "-Xmn16m", "-Xms1g", "-Xmx2g"})
public class StreamingSearchReadBenchmark {

  /** Contacts read per operation. */
  public static final int RECORDS = 100_000;

  /** Page size of the streaming read. */
  public static final int PAGE_SIZE = 1000;

  private FakeOdooProcess server;
  private OdooClient client;
  private HeapWatcher heap;
  private Object kept;

  /** Starts and seeds the fake Odoo child JVM. */
  @Setup(Level.Trial)
  public void setUp() {
    server = FakeOdooProcess.start(RECORDS, "3g");
    client = server.client(Protocol.JSON2);
    heap = new HeapWatcher();
  }

  /** Collects garbage and records the heap baseline (outside the timed region). */
  @Setup(Level.Invocation)
  public void beforeRead() {
    heap.begin();
  }

  /**
   * Records the invocation's peak retained heap (outside the timed region; the result is still
   * referenced).
   *
   * @param benchmark which benchmark ran
   * @param iteration warmup or measurement
   */
  @TearDown(Level.Invocation)
  public void afterRead(BenchmarkParams benchmark, IterationParams iteration) {
    long peak = heap.end(kept);
    kept = null;
    String name = benchmark.getBenchmark();
    String method = name.substring(name.lastIndexOf('.') + 1);
    if (iteration.getType() == IterationType.MEASUREMENT) {
      SideResults.record("StreamingSearchReadBenchmark." + method + ":peakHeapBytes", peak);
    }
  }

  /** Stops the child JVM. */
  @TearDown(Level.Trial)
  public void tearDown() {
    heap.close();
    client.close();
    server.close();
  }

  /**
   * Streams all contacts page by page, consuming each record (as an export or sync job would)
   * without keeping it.
   *
   * @return a checksum of what was read
   */
  @Benchmark
  public long streamSearchRead() {
    long[] acc = new long[2];
    try (Stream<OdooRecord> s =
        client.streamSearchRead(
            "res.partner", server.seeded.domain(), Partners.FIELDS, PAGE_SIZE)) {
      s.forEach(
          r -> {
            acc[0]++;
            acc[1] += r.id() + r.string("email").map(String::length).orElse(0);
          });
    }
    check(acc[0]);
    kept = acc;
    return acc[1];
  }

  /**
   * Baseline: one {@code searchRead} returning every contact in one list, then consumed the same
   * way.
   *
   * @return a checksum of what was read
   */
  @Benchmark
  public long searchReadAll() {
    List<OdooRecord> all =
        client.searchRead(
            "res.partner",
            server.seeded.domain(),
            Partners.FIELDS,
            SearchOptions.defaults().withOrder("id"));
    long sum = 0;
    for (OdooRecord r : all) {
      sum += r.id() + r.string("email").map(String::length).orElse(0);
    }
    check(all.size());
    kept = all;
    return sum;
  }

  private static void check(long n) {
    if (n != RECORDS) {
      throw new IllegalStateException("read " + n + " records, expected " + RECORDS);
    }
  }
}
