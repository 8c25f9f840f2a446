/**
 * Extension points of the reliability kit: the storage contracts behind idempotency, the outbox and
 * the webhook inbox, and the webhook signature verifier contract.
 *
 * <p>The library ships an in-memory and a PostgreSQL (JDBC) implementation of every store;
 * implement these interfaces only to put the same guarantees on another database. Every store must
 * be safe for concurrent use by many threads and, for shared databases, by many processes.
 */
package io.github.odooconnector.reliability.spi;
