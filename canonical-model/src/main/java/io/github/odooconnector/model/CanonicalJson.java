package io.github.odooconnector.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.model.internal.CanonicalObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes the canonical JSON form of the model.
 *
 * <p>The form: record component names as JSON property names (camelCase), null properties omitted,
 * empty lists written as {@code []}, {@link java.time.Instant} and {@link java.time.LocalDate} as
 * ISO-8601 strings ({@code 2026-11-27T05:00:00Z}, {@code 2026-11-28}), {@link java.math.BigDecimal}
 * quantities and amounts as plain JSON numbers without loss, enums as stable lower_snake strings,
 * {@link Sku}/{@link Gtin}/{@link Sscc} as plain strings, units as UN/ECE Rec 20 codes.
 *
 * <p>Reading is tolerant where it is safe and strict where it matters: unknown properties are
 * ignored (and unknown {@link TrackingStatus} values read as {@code unknown}), but duplicate keys
 * and trailing content are rejected. Every document read is then validated: a document that breaks
 * any constraint is rejected as a whole with a {@link CanonicalValidationException} listing every
 * violation, never half-accepted. Input that is not JSON, or JSON of the wrong shape, raises {@link
 * CanonicalJsonException} naming the line, column and property path.
 *
 * <p>Writing does not validate; call {@link CanonicalValidator} first when the object may be
 * invalid.
 *
 * <p>Stateless and thread-safe: all methods share one immutable, preconfigured {@link
 * ObjectMapper}.
 */
public final class CanonicalJson {
  private static final ObjectMapper MAPPER = CanonicalObjectMapper.create();

  private CanonicalJson() {}

  /**
   * Returns a copy of the preconfigured mapper, for frameworks that need an {@link ObjectMapper}
   * (for example a web framework's message converter). Reading through it does <em>not</em>
   * validate.
   *
   * @return a new mapper with the canonical configuration; changing it does not affect this class
   */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /**
   * Writes an object as canonical JSON.
   *
   * @param value the object, for example a {@link Shipment} or a {@link BusinessEvent}
   * @return the JSON text
   * @throws CanonicalJsonException if the object cannot be serialized
   */
  public static String toJson(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw translate(e, "cannot write " + value.getClass().getSimpleName() + " as JSON");
    }
  }

  /**
   * Writes an object as canonical JSON in UTF-8.
   *
   * @param value the object
   * @return the UTF-8 bytes
   * @throws CanonicalJsonException if the object cannot be serialized
   */
  public static byte[] toJsonBytes(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw translate(e, "cannot write " + value.getClass().getSimpleName() + " as JSON");
    }
  }

  /**
   * Reads and validates a document.
   *
   * @param json the JSON text
   * @param type the document type
   * @param <T> the document type
   * @return the valid document
   * @throws CanonicalJsonException if the text is not JSON of the expected shape
   * @throws CanonicalValidationException if the document breaks constraints (all violations listed)
   */
  public static <T> T fromJson(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return read(type.getSimpleName(), () -> MAPPER.readValue(json, type));
  }

  /**
   * Reads and validates a document from UTF-8 (or UTF-16/32 with BOM) bytes.
   *
   * @param json the JSON bytes
   * @param type the document type
   * @param <T> the document type
   * @return the valid document
   * @throws CanonicalJsonException if the bytes are not JSON of the expected shape
   * @throws CanonicalValidationException if the document breaks constraints (all violations listed)
   */
  public static <T> T fromJson(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    return read(type.getSimpleName(), () -> MAPPER.readValue(json, type));
  }

  /**
   * Reads and validates a generic document such as {@code BusinessEvent<Shipment>}: {@code
   * CanonicalJson.fromJson(json, new TypeReference<BusinessEvent<Shipment>>() {})}.
   *
   * @param json the JSON text
   * @param type the full generic type
   * @param <T> the document type
   * @return the valid document
   * @throws CanonicalJsonException if the text is not JSON of the expected shape
   * @throws CanonicalValidationException if the document breaks constraints (all violations listed)
   */
  public static <T> T fromJson(String json, TypeReference<T> type) {
    Objects.requireNonNull(json, "json");
    JavaType javaType = MAPPER.getTypeFactory().constructType(Objects.requireNonNull(type, "type"));
    return read(javaType.getRawClass().getSimpleName(), () -> MAPPER.readValue(json, type));
  }

  /**
   * Reads and validates a generic document from bytes.
   *
   * @param json the JSON bytes
   * @param type the full generic type
   * @param <T> the document type
   * @return the valid document
   * @throws CanonicalJsonException if the bytes are not JSON of the expected shape
   * @throws CanonicalValidationException if the document breaks constraints (all violations listed)
   */
  public static <T> T fromJson(byte[] json, TypeReference<T> type) {
    Objects.requireNonNull(json, "json");
    JavaType javaType = MAPPER.getTypeFactory().constructType(Objects.requireNonNull(type, "type"));
    return read(javaType.getRawClass().getSimpleName(), () -> MAPPER.readValue(json, type));
  }

  @FunctionalInterface
  private interface Reader<T> {
    T read() throws IOException;
  }

  private static <T> T read(String subject, Reader<T> reader) {
    T value;
    try {
      value = reader.read();
    } catch (JsonProcessingException e) {
      throw translate(e, "cannot read " + subject + " from JSON");
    } catch (IOException e) {
      throw new CanonicalJsonException(
          "cannot read " + subject + " from JSON: " + e.getMessage(), "", -1, -1, e);
    }
    if (value == null) {
      throw new CanonicalJsonException(
          "cannot read " + subject + " from JSON: the document is null", "", 1, 1, null);
    }
    List<CanonicalViolation> violations = CanonicalValidator.validate(value);
    if (!violations.isEmpty()) {
      throw new CanonicalValidationException(subject, violations);
    }
    return value;
  }

  private static CanonicalJsonException translate(JsonProcessingException e, String what) {
    String path = "";
    if (e instanceof JsonMappingException m) {
      path = path(m.getPath());
    }
    JsonLocation location = e.getLocation();
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    StringBuilder message =
        new StringBuilder(what).append(": ").append(firstLine(e.getOriginalMessage()));
    if (!path.isEmpty()) {
      message.append(" at '").append(path).append('\'');
    }
    if (line > 0) {
      message.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return new CanonicalJsonException(message.toString(), path, line, column, e);
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference ref : references) {
      if (ref.getFieldName() != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid JSON";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
