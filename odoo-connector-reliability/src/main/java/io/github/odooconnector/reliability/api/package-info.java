/**
 * What a host application calls: idempotent execution of side effects ({@link
 * io.github.odooconnector.reliability.api.Idempotent}), a transactional outbox with delivery
 * workers, dead letters and replay ({@link io.github.odooconnector.reliability.api.Outbox}, {@link
 * io.github.odooconnector.reliability.api.OutboxWorker}), and a de-duplicating webhook inbox
 * ({@link io.github.odooconnector.reliability.api.WebhookInbox}) with an optional background worker
 * ({@link io.github.odooconnector.reliability.api.InboxWorker}), plus the exceptions these facades
 * add.
 *
 * <p>The facades run on any store of {@link io.github.odooconnector.reliability.spi}: the shipped
 * ones are in {@link io.github.odooconnector.reliability.memory} (one process) and {@link
 * io.github.odooconnector.reliability.jdbc} (PostgreSQL, shared by many instances); webhook
 * signature verifiers are in {@link io.github.odooconnector.reliability.webhook}. All exceptions
 * are unchecked and extend {@link io.github.odooconnector.reliability.spi.ReliabilityException}.
 */
package io.github.odooconnector.reliability.api;
