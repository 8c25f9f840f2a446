/**
 * What a store or verifier author implements: the storage contracts behind idempotency, the outbox
 * and the webhook inbox, the webhook signature verifier contract, the values they take and return,
 * and the exceptions they throw ({@link
 * io.github.odooconnector.reliability.spi.ReliabilityStoreException} for a failed store operation,
 * {@link io.github.odooconnector.reliability.spi.WebhookVerificationException} for a rejected
 * webhook, both under the kit's root {@link
 * io.github.odooconnector.reliability.spi.ReliabilityException}). Nothing here depends on the
 * {@code api} package.
 *
 * <p>The library ships an in-memory and a PostgreSQL (JDBC) implementation of every store (packages
 * {@code memory} and {@code jdbc}); implement these interfaces only to put the same guarantees on
 * another database, and prove the implementation with the contract test suites of the {@code
 * odoo-connector-reliability-testing} module. Every store must be safe for concurrent use by many
 * threads and, for shared databases, by many processes.
 */
package io.github.odooconnector.reliability.spi;
