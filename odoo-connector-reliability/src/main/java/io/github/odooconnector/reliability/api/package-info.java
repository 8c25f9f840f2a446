/**
 * The reliability kit: idempotent execution of side effects ({@link
 * io.github.odooconnector.reliability.api.Idempotent}), a transactional outbox with delivery
 * workers, dead letters and replay ({@link io.github.odooconnector.reliability.api.Outbox}, {@link
 * io.github.odooconnector.reliability.api.OutboxWorker}), and a de-duplicating webhook inbox with
 * signature verification ({@link io.github.odooconnector.reliability.api.WebhookInbox}, {@link
 * io.github.odooconnector.reliability.api.StandardWebhooksVerifier}, {@link
 * io.github.odooconnector.reliability.api.HmacBodyVerifier}).
 *
 * <p>Every store comes in memory (single process) and on PostgreSQL via JDBC (shared by many
 * instances of the host application); {@link
 * io.github.odooconnector.reliability.api.ReliabilitySchema} creates the tables. All exceptions are
 * unchecked and extend {@link io.github.odooconnector.reliability.api.ReliabilityException}.
 */
package io.github.odooconnector.reliability.api;
