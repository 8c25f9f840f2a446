/**
 * The in-memory stores: {@link
 * io.github.odooconnector.reliability.memory.InMemoryIdempotencyStore}, {@link
 * io.github.odooconnector.reliability.memory.InMemoryOutboxStore} and {@link
 * io.github.odooconnector.reliability.memory.InMemoryInboxStore}.
 *
 * <p>They keep the JDBC stores' semantics inside one process and lose everything when it exits: the
 * embedded default and the test double. Public and stable; every class is thread-safe.
 */
package io.github.odooconnector.reliability.memory;
