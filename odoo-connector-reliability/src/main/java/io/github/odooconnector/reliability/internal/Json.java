package io.github.odooconnector.reliability.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.github.odooconnector.model.CanonicalJson;
import io.github.odooconnector.reliability.api.EventEncodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Shared JSON mapper and canonical JSON / fingerprint helpers. */
public final class Json {

  /**
   * The kit's one JSON configuration, used when the host does not supply a mapper: exactly the
   * canonical model's ({@code CanonicalJson.mapper()}: ISO-8601 dates, exact plain decimals,
   * tolerant of unknown properties), for outbox events, idempotency results and fingerprints alike.
   * Read trees through {@link #reader(ObjectMapper)} so decimal scale survives.
   */
  public static final ObjectMapper MAPPER = CanonicalJson.mapper();

  private Json() {}

  /**
   * A reader of {@code mapper} that keeps trailing decimal zeros in trees ({@code 2.50} stays
   * {@code 2.50}), whatever the mapper's defaults; everything else is the mapper's configuration.
   */
  public static ObjectReader reader(ObjectMapper mapper) {
    return mapper.reader().without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
  }

  /**
   * Canonical JSON of a value: object keys sorted, no whitespace, numbers normalised (so {@code 1},
   * {@code 1.0} and {@code 1.00} are equal).
   */
  public static String canonical(ObjectMapper mapper, Object value) {
    JsonNode tree;
    try {
      tree = mapper.valueToTree(value);
    } catch (IllegalArgumentException e) {
      throw new EventEncodingException(
          "cannot convert "
              + (value == null ? "null" : value.getClass().getName())
              + " to JSON for fingerprinting",
          e);
    }
    StringBuilder sb = new StringBuilder();
    write(mapper, tree, sb);
    return sb.toString();
  }

  private static void write(ObjectMapper mapper, JsonNode node, StringBuilder sb) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      sb.append("null");
    } else if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
      fields.sort(Map.Entry.comparingByKey());
      sb.append('{');
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        sb.append(quote(mapper, fields.get(i).getKey())).append(':');
        write(mapper, fields.get(i).getValue(), sb);
      }
      sb.append('}');
    } else if (node.isArray()) {
      sb.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(mapper, node.get(i), sb);
      }
      sb.append(']');
    } else if (node.isNumber()) {
      BigDecimal d =
          node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue();
      sb.append(d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString());
    } else if (node.isTextual()) {
      sb.append(quote(mapper, node.textValue()));
    } else if (node.isBinary()) {
      sb.append(quote(mapper, node.asText()));
    } else {
      sb.append(node.toString());
    }
  }

  private static String quote(ObjectMapper mapper, String s) {
    try {
      return mapper.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new EventEncodingException("cannot quote string", e);
    }
  }

  /** Hex SHA-256 of the canonical JSON of a value. */
  public static String fingerprint(ObjectMapper mapper, Object value) {
    return sha256Hex(canonical(mapper, value).getBytes(StandardCharsets.UTF_8));
  }

  /** Hex SHA-256 of bytes. */
  public static String sha256Hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
