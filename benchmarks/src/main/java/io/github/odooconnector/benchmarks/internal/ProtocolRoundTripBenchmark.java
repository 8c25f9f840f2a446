package io.github.odooconnector.benchmarks.internal;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Benchmark 2: one {@code searchRead} of {@code res.partner} (10 typical fields) over each wire
 * protocol against the testkit's {@link FakeOdoo} (posing as Odoo 19) on loopback, for 1, 100 and
 * 10,000 records. Baseline: JSON-RPC.
 *
 * <p>The fake server runs in the benchmark JVM, so its request handling and response serialization
 * (which a real Odoo does in Python, far slower) share the two cores with the client: the figures
 * compare the protocols' client-plus-wire cost, they are not a prediction of a real Odoo's latency.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProtocolRoundTripBenchmark {

  /** Wire protocol under test. */
  @Param({"JSONRPC", "JSON2", "XMLRPC"})
  public String protocol;

  /** Records returned per call. */
  @Param({"1", "100", "10000"})
  public int records;

  private FakeOdoo odoo;
  private OdooClient client;
  private Domain domain;
  private SearchOptions options;

  /** Starts the fake Odoo, seeds 10,000 contacts and builds a client for the protocol. */
  @Setup(Level.Trial)
  public void setUp() {
    odoo = FakeOdoo.builder().version(OdooVersion.V19).start();
    try (OdooClient admin = client(odoo, Protocol.JSON2)) {
      domain = Partners.seed(admin, 10_000).domain();
    }
    client = client(odoo, Protocol.valueOf(protocol));
    // Order by id: the fake would otherwise sort 10,000 contacts by their computed display name on
    // every call,
    // which would measure the fake's sort, not the protocols.
    options = SearchOptions.limit(records).withOrder("id");
    int got = call().size();
    if (got != records) {
      throw new IllegalStateException(
          "expected " + records + " records over " + protocol + ", got " + got);
    }
  }

  static OdooClient client(FakeOdoo odoo, Protocol protocol) {
    return OdooClient.builder()
        .url(odoo.url())
        .database(odoo.database())
        .login(odoo.adminLogin())
        .apiKey(odoo.adminApiKey())
        .protocol(protocol)
        .build();
  }

  /** The fake records every call; forget them so the log does not grow across iterations. */
  @TearDown(Level.Iteration)
  public void forgetCalls() {
    odoo.clearCalls();
  }

  /** Stops client and server. */
  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    odoo.close();
  }

  /**
   * One round trip: encode, HTTP on loopback, server-side search and serialization, decode to
   * records.
   *
   * @return the records
   */
  @Benchmark
  public List<OdooRecord> searchRead() {
    return call();
  }

  private List<OdooRecord> call() {
    return client.searchRead("res.partner", domain, Partners.FIELDS, options);
  }
}
