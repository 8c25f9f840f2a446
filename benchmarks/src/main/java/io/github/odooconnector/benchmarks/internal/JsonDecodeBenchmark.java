package io.github.odooconnector.benchmarks.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
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
 * Json} codec streaming into the records' maps, then the records) against Jackson's {@code
 * readTree} of the same bytes (baseline: a tree only, no records). {@code previousDecode} is the
 * connector's decode before the streaming decoder (Jackson's untyped {@code Object} binding into
 * {@code LinkedHashMap}s, then a defensive copy per record), kept to show what changed. Run with
 * {@code -prof gc} for bytes allocated per operation (divide by 5,000 for per record). Reaches
 * {@code core.internal.codec.Json} on purpose: it is the component measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JsonDecodeBenchmark {

  /** Records in the response. */
  public static final int RECORDS = 5_000;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Configured like the connector's codec was before the streaming decoder. */
  private static final ObjectMapper PREVIOUS =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(Json.MAX_DEPTH)
                          .maxStringLength(Integer.MAX_VALUE)
                          .maxNumberLength(400)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.USE_LONG_FOR_INTS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

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
    if (connectorDecode().size() != RECORDS
        || jacksonReadTree().size() != RECORDS
        || !previousDecode().equals(connectorDecode())) {
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

  /**
   * The connector's decode before the streaming decoder: untyped binding to {@code LinkedHashMap}s,
   * then {@link OdooRecord#of} copying each.
   *
   * @return the records
   * @throws IOException never
   */
  @Benchmark
  public List<OdooRecord> previousDecode() throws IOException {
    List<?> list = (List<?>) PREVIOUS.readValue(body, Object.class);
    List<OdooRecord> out = new ArrayList<>(list.size());
    for (Object o : list) {
      @SuppressWarnings("unchecked")
      Map<String, ?> m = (Map<String, ?>) o;
      out.add(OdooRecord.of(m));
    }
    return out;
  }
}
