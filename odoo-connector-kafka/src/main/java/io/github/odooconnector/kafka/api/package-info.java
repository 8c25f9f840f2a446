/**
 * Kafka for the reliability kit, for applications: {@link
 * io.github.odooconnector.kafka.api.KafkaOutboxRelay} publishes outbox events to a topic keyed by
 * aggregate (per-aggregate order, idempotent producer, delivered only once the broker
 * acknowledged), and {@link io.github.odooconnector.kafka.api.KafkaInboxConsumer} reads events from
 * topics into an inbox store, deduplicated by event id, committing offsets only after the inbox
 * rows are durable. Both run on any outbox and inbox store of {@link
 * io.github.odooconnector.reliability.spi} (in-memory or PostgreSQL). Kafka failures are reported
 * as {@link io.github.odooconnector.kafka.api.KafkaConnectorException}s.
 */
package io.github.odooconnector.kafka.api;
