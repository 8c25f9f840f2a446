package io.github.odooconnector.kafka.api;

/**
 * Names of the record headers {@link KafkaOutboxRelay} writes and {@link KafkaInboxConsumer} reads.
 * Every header value is UTF-8 text. The record key is the event's aggregate key and the value is
 * the whole {@code BusinessEvent} as JSON (as stored in the outbox).
 *
 * <p>A consumer that is not an odoo-connector inbox discards duplicates by {@link #EVENT_ID}: a
 * relay may write an event more than once (after a crash or a broker failover), never with a
 * different id. Constants only; thread-safe.
 */
public final class KafkaEventHeaders {

  /** The event's unique id, the same on every copy of the event: {@value}. */
  public static final String EVENT_ID = "odc-event-id";

  /** The event type, for example {@code shipment.dispatched}: {@value}. */
  public static final String EVENT_TYPE = "odc-event-type";

  /** The system that produced the event, for example {@code wms:acme}: {@value}. */
  public static final String SOURCE = "odc-source";

  /** The Java class name of the payload as encoded, for decoding with an EventCodec: {@value}. */
  public static final String PAYLOAD_TYPE = "odc-payload-type";

  /** The outbox sequence number of the event (decimal), increasing in append order: {@value}. */
  public static final String OUTBOX_ID = "odc-outbox-id";

  private KafkaEventHeaders() {}
}
