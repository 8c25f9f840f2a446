package io.github.odooconnector.reliability.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.reliability.internal.Json;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Converts {@link BusinessEvent}s to the JSON stored in the outbox and back.
 *
 * <p>Stored form: the whole envelope as one JSON object ({@code eventId, type, occurredAt, source,
 * correlationId, idempotencyKey, schemaVersion, payload}) plus, in a separate column, the payload's
 * Java class name. On decoding, the payload is rebuilt as that class only if the class is
 * <em>allowed</em>: canonical-model classes (package {@code io.github.odooconnector.model} and
 * below) and classes registered with {@link #allowPayloadType(Class)}. Any other payload is handed
 * to handlers as a Jackson {@link JsonNode}, so a stored class name can never make the worker
 * instantiate arbitrary classes. Payloads that were a {@code JsonNode} or a {@code Map} come back
 * as {@code JsonNode}.
 *
 * <p>Immutable and thread-safe; {@code allowPayloadType} and {@code withObjectMapper} return new
 * codecs.
 */
public final class EventCodec {

  private static final String MODEL_PACKAGE = "io.github.odooconnector.model.";
  private static final EventCodec STANDARD = new EventCodec(Json.MAPPER, Map.of());

  private final ObjectMapper mapper;
  private final Map<String, Class<?>> allowed;

  private EventCodec(ObjectMapper mapper, Map<String, Class<?>> allowed) {
    this.mapper = mapper;
    this.allowed = allowed;
  }

  /**
   * The standard codec: the canonical model's JSON configuration ({@code CanonicalJson.mapper()}:
   * ISO-8601 dates, exact plain decimals; the same one {@link Idempotent} stores results with),
   * canonical-model payloads decoded to their classes, everything else to {@code JsonNode}.
   *
   * @return the shared standard codec
   */
  public static EventCodec standard() {
    return STANDARD;
  }

  /**
   * Returns a codec that also decodes payloads of the given class (for the host's own payload
   * types).
   *
   * @param payloadType the class, must be (de)serializable by the codec's mapper
   * @return a new codec
   */
  public EventCodec allowPayloadType(Class<?> payloadType) {
    Objects.requireNonNull(payloadType, "payloadType");
    Map<String, Class<?>> copy = new HashMap<>(allowed);
    copy.put(payloadType.getName(), payloadType);
    return new EventCodec(mapper, Map.copyOf(copy));
  }

  /**
   * Returns a codec using another Jackson mapper (for example the host's, with its modules).
   *
   * @param objectMapper the mapper; must not be reconfigured afterwards
   * @return a new codec
   */
  public EventCodec withObjectMapper(ObjectMapper objectMapper) {
    return new EventCodec(Objects.requireNonNull(objectMapper, "objectMapper"), allowed);
  }

  /**
   * The payload type name stored for an event.
   *
   * @param event the event
   * @return the payload's class name
   */
  public String payloadTypeOf(BusinessEvent<?> event) {
    return Objects.requireNonNull(event.payload(), "event.payload").getClass().getName();
  }

  /**
   * Encodes an event as envelope JSON.
   *
   * @param event the event
   * @return the JSON text
   * @throws EventEncodingException if the payload cannot be serialized
   */
  public String encode(BusinessEvent<?> event) {
    Objects.requireNonNull(event, "event");
    try {
      return mapper.writeValueAsString(event);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new EventEncodingException(
          "cannot encode event "
              + event.eventId()
              + " (payload "
              + payloadTypeOf(event)
              + ") as JSON",
          e);
    }
  }

  /**
   * Decodes envelope JSON produced by {@link #encode}.
   *
   * @param payloadType the stored payload class name
   * @param envelopeJson the stored JSON
   * @return the event; its payload is an instance of {@code payloadType} if allowed, else a {@code
   *     JsonNode}
   * @throws EventEncodingException if the JSON is not a valid envelope or the payload does not
   *     match its type
   */
  public BusinessEvent<?> decode(String payloadType, String envelopeJson) {
    Objects.requireNonNull(payloadType, "payloadType");
    Objects.requireNonNull(envelopeJson, "envelopeJson");
    try {
      // exact decimals: "2.50" must come back as 2.50 (quantities, prices), whatever the host
      // mapper's defaults
      JsonNode tree =
          Json.reader(mapper)
              .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
              .readTree(envelopeJson);
      if (!(tree instanceof ObjectNode envelope)) {
        throw new EventEncodingException("stored envelope is not a JSON object", null);
      }
      JsonNode payloadNode = envelope.path("payload");
      Object payload =
          resolve(payloadType).<Object>map(cls -> convert(payloadNode, cls)).orElse(payloadNode);
      return new BusinessEvent<>(
          text(envelope, "eventId"),
          text(envelope, "type"),
          mapper.treeToValue(required(envelope, "occurredAt"), Instant.class),
          text(envelope, "source"),
          text(envelope, "correlationId"),
          text(envelope, "idempotencyKey"),
          envelope.path("schemaVersion").asInt(BusinessEvent.CURRENT_SCHEMA_VERSION),
          payload);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new EventEncodingException(
          "cannot decode stored event envelope (payload type " + payloadType + ")", e);
    }
  }

  private Object convert(JsonNode node, Class<?> cls) {
    try {
      return mapper.treeToValue(node, cls);
    } catch (JsonProcessingException e) {
      throw new EventEncodingException(
          "stored payload does not match payload type " + cls.getName(), e);
    }
  }

  private Optional<Class<?>> resolve(String payloadType) {
    Class<?> registered = allowed.get(payloadType);
    if (registered != null) {
      return Optional.of(registered);
    }
    if (payloadType.startsWith(MODEL_PACKAGE)) {
      try {
        return Optional.of(Class.forName(payloadType, false, EventCodec.class.getClassLoader()));
      } catch (ClassNotFoundException | LinkageError e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static JsonNode required(ObjectNode envelope, String field) {
    JsonNode n = envelope.get(field);
    if (n == null || n.isNull()) {
      throw new EventEncodingException("stored envelope lacks field '" + field + "'", null);
    }
    return n;
  }

  private static String text(ObjectNode envelope, String field) {
    return required(envelope, field).asText();
  }

  /**
   * The mapper used by this codec.
   *
   * @return the mapper
   */
  ObjectMapper mapper() {
    return mapper;
  }

  @Override
  public String toString() {
    return "EventCodec[allowed=" + allowed.keySet() + "]";
  }
}
