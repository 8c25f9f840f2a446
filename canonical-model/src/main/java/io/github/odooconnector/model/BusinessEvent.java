package io.github.odooconnector.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
 * <p>Create an event with {@link #of(String, String, Instant, Object)} (new id, correlated with
 * itself) or, when the identity comes from elsewhere (an adapter translating a WMS or carrier
 * webhook keeps the source's event id, time and correlation, so a redelivered webhook maps to the
 * same event), with {@link #builder()}:
 *
 * <pre>{@code
 * BusinessEvent<Shipment> event =
 *     BusinessEvent.builder()
 *         .eventId("acme-evt-8841")                  // the WMS's own id: redelivery = same event
 *         .type(EventTypes.SHIPMENT_DISPATCHED)
 *         .source("wms:acme")
 *         .occurredAt(Instant.parse("2026-11-27T08:15:30Z"))
 *         .correlationId("S00042")                   // the sales order this flow belongs to
 *         .payload(shipment)
 *         .build();                                  // validates envelope and payload
 * }</pre>
 *
 * <p>Both validate the envelope and the payload and throw {@link CanonicalValidationException}
 * naming every offending field ({@code source}, {@code payload.lines[0].quantity}); the canonical
 * constructor does not validate (use {@link CanonicalValidator}).
 *
 * <p>JSON: read and write envelopes with {@link CanonicalJson}, using a type reference for the
 * payload, for example {@code CanonicalJson.fromJson(json, new
 * TypeReference<BusinessEvent<Shipment>>() {})}; the payload is validated together with the
 * envelope (by {@link CanonicalValidator}), violations are reported under {@code payload.}.
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
    @NotNull T payload) {

  /** Schema version of the envelope's payloads produced by this release. */
  public static final int CURRENT_SCHEMA_VERSION = 1;

  /**
   * Creates a validated event with a random id, the current schema version, and the id as
   * correlation id and idempotency key. Use {@link #builder()} to set them from the source system.
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
    return builder().type(type).source(source).occurredAt(occurredAt).payload(payload).build();
  }

  /**
   * Starts an empty builder. The payload type follows from {@link Builder#payload(Object)}, so
   * {@code BusinessEvent.builder()...payload(shipment).build()} is a {@code
   * BusinessEvent<Shipment>}.
   *
   * @return a new builder
   */
  public static Builder<Object> builder() {
    return new Builder<>();
  }

  /**
   * Starts a builder pre-filled with this event's values, to derive a modified copy.
   *
   * @return a new builder
   */
  public Builder<T> toBuilder() {
    Builder<T> b = new Builder<>();
    b.eventId = eventId;
    b.type = type;
    b.occurredAt = occurredAt;
    b.source = source;
    b.correlationId = correlationId;
    b.idempotencyKey = idempotencyKey;
    b.schemaVersion = schemaVersion;
    b.payload = payload;
    return b;
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

  /**
   * Builder for {@link BusinessEvent}: every component can be set, so an adapter can carry the
   * source system's event id, time and correlation into the envelope. Required: {@code type},
   * {@code source}, {@code occurredAt} and {@code payload}. Defaults applied when a component is
   * not set: {@code eventId} a random UUID (a new one on each build), {@code correlationId} and
   * {@code idempotencyKey} the event id, {@code schemaVersion} {@link #CURRENT_SCHEMA_VERSION}.
   *
   * <p>Not thread-safe; use one builder per thread.
   *
   * @param <T> the payload type, fixed by {@link #payload(Object)}
   */
  public static final class Builder<T> {
    private String eventId;
    private String type;
    private Instant occurredAt;
    private String source;
    private String correlationId;
    private String idempotencyKey;
    private int schemaVersion = CURRENT_SCHEMA_VERSION;
    private Object payload;

    private Builder() {}

    /**
     * Sets the event id, for example the id the source system gave the fact; a random UUID when not
     * set.
     *
     * @param eventId unique id of the event, at most 200 characters
     * @return this builder
     */
    public Builder<T> eventId(String eventId) {
      this.eventId = eventId;
      return this;
    }

    /**
     * Sets the event type (required).
     *
     * @param type dotted lower-case type such as {@code shipment.dispatched}, see {@link
     *     EventTypes}
     * @return this builder
     */
    public Builder<T> type(String type) {
      this.type = type;
      return this;
    }

    /**
     * Sets when the fact happened in the source system (required).
     *
     * @param occurredAt the time the source system reports
     * @return this builder
     */
    public Builder<T> occurredAt(Instant occurredAt) {
      this.occurredAt = occurredAt;
      return this;
    }

    /**
     * Sets the producing system (required).
     *
     * @param source for example {@code odoo}, {@code wms:acme} or {@code carrier:dhl}
     * @return this builder
     */
    public Builder<T> source(String source) {
      this.source = source;
      return this;
    }

    /**
     * Sets the correlation id that groups the events of one business flow; the event id when not
     * set.
     *
     * @param correlationId for example the sales order name, at most 200 characters
     * @return this builder
     */
    public Builder<T> correlationId(String correlationId) {
      this.correlationId = correlationId;
      return this;
    }

    /**
     * Sets the key that makes applying the event safe to repeat; the event id when not set.
     *
     * @param idempotencyKey the key, at most 200 characters
     * @return this builder
     */
    public Builder<T> idempotencyKey(String idempotencyKey) {
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    /**
     * Sets the payload schema version; {@link #CURRENT_SCHEMA_VERSION} when not set.
     *
     * @param schemaVersion the version, 1 or more
     * @return this builder
     */
    public Builder<T> schemaVersion(int schemaVersion) {
      this.schemaVersion = schemaVersion;
      return this;
    }

    /**
     * Sets the payload (required) and with it the builder's payload type.
     *
     * @param payload the canonical document
     * @param <P> the payload type
     * @return this builder, typed for the payload
     */
    public <P> Builder<P> payload(P payload) {
      this.payload = payload;
      @SuppressWarnings("unchecked") // the payload field is only ever set here or by toBuilder
      Builder<P> typed = (Builder<P>) this;
      return typed;
    }

    /**
     * Builds the event and validates the envelope and the payload.
     *
     * @return the validated event
     * @throws CanonicalValidationException listing every violation, each naming its component (for
     *     example {@code source: must not be blank (was null)}) and payload violations under {@code
     *     payload.}
     */
    public BusinessEvent<T> build() {
      return CanonicalValidator.requireValid(buildUnvalidated());
    }

    /**
     * Builds the event without validating it (defaults are still applied), for an adapter that
     * hands a possibly invalid message on to a component that validates and rejects it as a whole.
     *
     * @return the event, possibly invalid
     */
    public BusinessEvent<T> buildUnvalidated() {
      String id = eventId != null ? eventId : UUID.randomUUID().toString();
      @SuppressWarnings("unchecked") // see payload(P)
      T typedPayload = (T) payload;
      return new BusinessEvent<>(
          id,
          type,
          occurredAt,
          source,
          correlationId != null ? correlationId : id,
          idempotencyKey != null ? idempotencyKey : id,
          schemaVersion,
          typedPayload);
    }
  }
}
