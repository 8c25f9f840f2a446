package io.github.odooconnector.core.internal.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/** JSON encoding/decoding with hardened read limits; decodes integers as Long, floats as Double. */
public final class Json {

  /** Maximum nesting depth accepted in responses. */
  public static final int MAX_DEPTH = 200;

  private final ObjectMapper mapper;

  /**
   * Creates a codec.
   *
   * @param maxStringLength longest single JSON string accepted
   */
  public Json(int maxStringLength) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(maxStringLength)
                    .maxNumberLength(400)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
  }

  /**
   * Serialises a wire tree.
   *
   * @param value wire value (see {@link WireValues})
   * @return UTF-8 JSON
   */
  public byte[] write(Object value) {
    try {
      return mapper.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "cannot serialise request to JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Parses a JSON document to Map/List/String/Long/Double/Boolean/null.
   *
   * @param body UTF-8 JSON
   * @return the tree
   * @throws IOException if malformed or over the limits
   */
  public Object read(byte[] body) throws IOException {
    return mapper.readValue(body, Object.class);
  }
}
