package io.github.odooconnector.benchmarks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.internal.codec.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding a 5,000-record JSON-2 {@code search_read} answer of {@code res.partner} (the 10 fields
 * of {@link Partners#FIELDS}): the connector's decode into {@link OdooRecord}s (hardened {@link
 * Json} codec, then the records) against Jackson's {@code readTree} of the same bytes (baseline: a
 * tree only, no records). Run with {@code -prof gc} for bytes allocated per operation (divide by
 * 5,000 for per record). Reaches {@code core.internal.codec.Json} on purpose: it is the component
 * measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonDecodeBenchmark {

  /** Records in the response. */
  public static final int RECORDS = 5_000;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private byte[] body;
  private Json json;

  /**
   * Builds the response bytes.
   *
   * @throws IOException never in practice
   */
  @Setup
  public void setUp() throws IOException {
    List<Map<String, Object>> rows = new ArrayList<>(RECORDS);
    for (int i = 1; i <= RECORDS; i++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", 1000 + i);
      m.put("name", "Contact " + i + " Logistics GmbH");
      m.put("ref", "C" + (100000 + i));
      m.put("email", "contact" + i + "@example.com");
      m.put("phone", "+49 40 " + (1000000 + i));
      m.put("street", i + " Hafenstrasse");
      m.put("zip", String.valueOf(20000 + i % 999));
      m.put("city", i % 3 == 0 ? false : "Hamburg");
      m.put("is_company", i % 5 == 0);
      m.put("credit_limit", i * 1.5);
      m.put("type", "contact");
      rows.add(m);
    }
    body = MAPPER.writeValueAsBytes(rows);
    json = new Json(Integer.MAX_VALUE);
    if (connectorDecode().size() != RECORDS || jacksonReadTree().size() != RECORDS) {
      throw new IllegalStateException("decoders disagree");
    }
  }

  /**
   * Baseline: Jackson's tree of the same bytes.
   *
   * @return the tree
   * @throws IOException never
   */
  @Benchmark
  public JsonNode jacksonReadTree() throws IOException {
    return MAPPER.readTree(body);
  }

  /**
   * The connector: hardened decode to values, then one {@link OdooRecord} per object (what the
   * client's {@code searchRead} does with a JSON-2 answer).
   *
   * @return the records
   * @throws IOException never
   */
  @Benchmark
  public List<OdooRecord> connectorDecode() throws IOException {
    List<?> list = (List<?>) json.read(body);
    List<OdooRecord> out = new ArrayList<>(list.size());
    for (Object o : list) {
      @SuppressWarnings("unchecked")
      Map<String, ?> m = (Map<String, ?>) o;
      out.add(OdooRecord.of(m));
    }
    return out;
  }
}
