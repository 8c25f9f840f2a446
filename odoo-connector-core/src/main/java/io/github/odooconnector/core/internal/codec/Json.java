package io.github.odooconnector.core.internal.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonTokenId;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Arrays;

/**
 * JSON encoding/decoding with hardened read limits; decodes integers as Long, floats as Double.
 *
 * <p>Decoding runs Jackson's streaming parser straight into the values the client works with: no
 * {@code JsonNode} tree and no intermediate {@code Map}/{@code List} copies. Objects become
 * immutable {@link FieldMap}s (objects of the same shape share one key array and index, so a {@code
 * search_read} record costs one small object plus its value array), arrays become immutable lists.
 * Duplicate keys are refused once per object shape rather than by the parser per object.
 * Thread-safe.
 */
public final class Json {

  /** Maximum nesting depth accepted in responses. */
  public static final int MAX_DEPTH = 200;

  private final ObjectMapper mapper;
  private final JsonFactory factory;

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
            .build();
    this.factory = factory;
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
   * Parses a JSON document to Map/List/String/Long/Double/Boolean/null. Maps and lists are
   * immutable; duplicate keys, trailing content, nesting deeper than {@link #MAX_DEPTH} and strings
   * longer than the limit are refused.
   *
   * @param body UTF-8 JSON
   * @return the decoded value
   * @throws IOException if malformed, empty or over the limits
   */
  public Object read(byte[] body) throws IOException {
    try (JsonParser p = factory.createParser(body)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new JsonParseException(p, "no JSON content (empty body)");
      }
      Object value = new Decoder(p).value(first, 0);
      JsonToken trailing = p.nextToken();
      if (trailing != null) {
        throw new JsonParseException(
            p, "trailing token (" + trailing + ") after the JSON document");
      }
      return value;
    }
  }

  /**
   * One parse: a value stack and a name stack shared by all nesting levels (children push above
   * their parent's entries and pop before the parent resumes), so building a container allocates
   * only its exact-size result array.
   */
  private static final class Decoder {
    /** 10^0 .. 10^22, all exactly representable as doubles. */
    private static final double[] POWERS_OF_TEN = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
      1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };

    /** Objects up to this depth remember their last key shape for sharing. */
    private static final int SHARED_SHAPE_DEPTH = 8;

    private final JsonParser p;
    private Object[] values = new Object[64];
    private int valueTop;
    private String[] names = new String[32];
    private int nameTop;
    private final FieldMap.Keys[] lastShape = new FieldMap.Keys[SHARED_SHAPE_DEPTH];

    Decoder(JsonParser p) {
      this.p = p;
    }

    Object value(JsonToken t, int depth) throws IOException {
      switch (t.id()) {
        case JsonTokenId.ID_STRING:
          return p.getText();
        case JsonTokenId.ID_NUMBER_INT:
          return p.getLongValue();
        case JsonTokenId.ID_NUMBER_FLOAT:
          return floatValue();
        case JsonTokenId.ID_TRUE:
          return Boolean.TRUE;
        case JsonTokenId.ID_FALSE:
          return Boolean.FALSE;
        case JsonTokenId.ID_NULL:
          return null;
        case JsonTokenId.ID_START_OBJECT:
          return object(depth);
        case JsonTokenId.ID_START_ARRAY:
          return array(depth);
        default:
          throw new JsonParseException(p, "unexpected token " + t);
      }
    }

    /**
     * A JSON float as the double {@code Double.parseDouble} gives. Odoo's plain decimals (at most
     * 15 significant digits, no exponent) take Clinger's exact fast path straight from the parser's
     * character buffer: the digits as an exact long, divided by an exact power of ten, which IEEE
     * division rounds correctly - without the String and parse buffers Jackson's {@code
     * getDoubleValue()} allocates per number. Everything else goes to Jackson.
     */
    private Object floatValue() throws IOException {
      char[] buf = p.getTextCharacters();
      int off = p.getTextOffset();
      int end = off + p.getTextLength();
      int i = off;
      boolean negative = i < end && buf[i] == '-';
      if (negative) {
        i++;
      }
      long mantissa = 0;
      int digits = 0;
      int fraction = -1;
      for (; i < end; i++) {
        char c = buf[i];
        if (c >= '0' && c <= '9') {
          if (mantissa != 0 || c != '0') {
            digits++;
          }
          mantissa = mantissa * 10 + (c - '0');
          if (fraction >= 0) {
            fraction++;
          }
          if (digits > 15 || fraction > 22) {
            return p.getDoubleValue();
          }
        } else if (c == '.' && fraction < 0) {
          fraction = 0;
        } else {
          return p.getDoubleValue(); // exponent or anything unusual
        }
      }
      double v = fraction <= 0 ? (double) mantissa : mantissa / POWERS_OF_TEN[fraction];
      return negative ? -v : v;
    }

    private Object array(int depth) throws IOException {
      int base = valueTop;
      JsonToken t;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new JsonParseException(p, "unexpected end of input in an array");
        }
        Object v = value(t, depth + 1);
        push(v);
      }
      if (valueTop == base) {
        return FrozenList.EMPTY;
      }
      Object[] elements = Arrays.copyOfRange(values, base, valueTop);
      valueTop = base;
      return FrozenList.adopt(elements);
    }

    private Object object(int depth) throws IOException {
      int base = valueTop;
      int nameBase = nameTop;
      String name;
      while ((name = p.nextFieldName()) != null) {
        if (nameTop == names.length) {
          names = Arrays.copyOf(names, names.length * 2);
        }
        names[nameTop++] = name;
        JsonToken t = p.nextToken();
        if (t == null) {
          throw new JsonParseException(p, "unexpected end of input in an object");
        }
        Object v = value(t, depth + 1);
        push(v);
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw new JsonParseException(p, "unexpected token " + p.currentToken() + " in an object");
      }
      int count = valueTop - base;
      FieldMap result;
      if (count == 0) {
        result = FieldMap.EMPTY;
      } else {
        FieldMap.Keys keys = shape(depth, nameBase, count);
        result = FieldMap.adopt(keys, Arrays.copyOfRange(values, base, valueTop));
      }
      valueTop = base;
      nameTop = nameBase;
      return result;
    }

    /**
     * The key shape of the object just read, shared with the previous one at the same depth.
     * Duplicate keys are refused here, once per new shape (cheaper than the parser's per-object
     * duplicate detection, which allocates a set per object).
     */
    private FieldMap.Keys shape(int depth, int nameBase, int count) throws IOException {
      FieldMap.Keys last = depth < SHARED_SHAPE_DEPTH ? lastShape[depth] : null;
      if (last != null && last.sameAs(names, nameBase, count)) {
        return last;
      }
      FieldMap.Keys keys = FieldMap.Keys.copyOf(names, nameBase, count);
      if (keys.hasDuplicates()) {
        throw new JsonParseException(p, "Duplicate field '" + keys.duplicate() + "'");
      }
      if (depth < SHARED_SHAPE_DEPTH) {
        lastShape[depth] = keys;
      }
      return keys;
    }

    private void push(Object v) {
      if (valueTop == values.length) {
        values = Arrays.copyOf(values, values.length * 2);
      }
      values[valueTop++] = v;
    }
  }
}
