package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * The envelope every business fact travels in between Odoo, a WMS, a carrier and the host
 * application.
 *
 * <p>The envelope carries the identity and provenance of the fact; the {@code payload} carries the
 * canonical document ({@code Shipment}, {@code Receipt}, {@code TrackingEvent}, ...). Outboxes,
 * inboxes and idempotency stores key on {@link #eventId()} and {@link #idempotencyKey()}.
 *
 * <p>JSON: read and write envelopes with {@link CanonicalJson}, using a type reference for the
 * payload, for example {@code CanonicalJson.fromJson(json, new
 * TypeReference<BusinessEvent<Shipment>>() {})}; the payload is validated together with the
 * envelope ({@code @Valid}), violations are reported under {@code payload.}.
 *
 * <p>Instances are immutable and thread-safe when the payload is.
 *
 * @param eventId unique id of this event (a UUID string unless the source system supplies its own
 *     id)
 * @param type dotted lower-case event type, for example {@code order.released} or {@code
 *     shipment.dispatched}; the standard types are listed in {@link EventTypes}
 * @param occurredAt when the fact happened in the source system
 * @param source the system that produced the event, for example {@code odoo}, {@code wms:acme} or
 *     {@code carrier:dhl}
 * @param correlationId groups the events of one business flow (for example one sales order); never
 *     blank
 * @param idempotencyKey the key that makes applying this event safe to repeat; defaults to the
 *     event id
 * @param schemaVersion version of the payload schema, starting at 1
 * @param payload the canonical document
 * @param <T> the payload type
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BusinessEvent<T>(
    @NotBlank @Size(max = 200) String eventId,
    @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+") String type,
    @NotNull Instant occurredAt,
    @NotBlank @Size(max = 200) String source,
    @NotBlank @Size(max = 200) String correlationId,
    @NotBlank @Size(max = 200) String idempotencyKey,
    @Min(1) int schemaVersion,
    @NotNull @Valid T payload) {

  /** Schema version of the envelope's payloads produced by this release. */
  public static final int CURRENT_SCHEMA_VERSION = 1;

  /**
   * Creates a validated event with a random id, the current schema version, and the id as
   * correlation id and idempotency key.
   *
   * @param type dotted event type such as {@code shipment.dispatched}
   * @param source producing system
   * @param occurredAt when it happened
   * @param payload the canonical document
   * @param <T> payload type
   * @return a new event
   * @throws CanonicalValidationException if an argument is missing or invalid, or the payload
   *     breaks its constraints (listing every violation, payload violations under {@code payload.})
   */
  public static <T> BusinessEvent<T> of(String type, String source, Instant occurredAt, T payload) {
    String id = UUID.randomUUID().toString();
    return Factories.requireValid(
        new BusinessEvent<>(id, type, occurredAt, source, id, id, CURRENT_SCHEMA_VERSION, payload));
  }

  /**
   * Returns a copy with another correlation id.
   *
   * @param newCorrelationId the correlation id
   * @return a copy of this event
   * @throws CanonicalValidationException if the correlation id is null, blank or longer than 200
   *     characters
   */
  public BusinessEvent<T> withCorrelationId(String newCorrelationId) {
    return Factories.requireValidProperty(
        new BusinessEvent<>(
            eventId,
            type,
            occurredAt,
            source,
            newCorrelationId,
            idempotencyKey,
            schemaVersion,
            payload),
        "correlationId");
  }

  /**
   * Returns a copy with another idempotency key.
   *
   * @param newIdempotencyKey the idempotency key
   * @return a copy of this event
   * @throws CanonicalValidationException if the key is null, blank or longer than 200 characters
   */
  public BusinessEvent<T> withIdempotencyKey(String newIdempotencyKey) {
    return Factories.requireValidProperty(
        new BusinessEvent<>(
            eventId,
            type,
            occurredAt,
            source,
            correlationId,
            newIdempotencyKey,
            schemaVersion,
            payload),
        "idempotencyKey");
  }
}
