/**
 * The PostgreSQL stores over plain JDBC: {@link
 * io.github.odooconnector.reliability.jdbc.JdbcIdempotencyStore}, {@link
 * io.github.odooconnector.reliability.jdbc.JdbcOutboxStore} (which can join the host's transaction)
 * and {@link io.github.odooconnector.reliability.jdbc.JdbcInboxStore}, shared by every instance of
 * the host application that uses the same database, and {@link
 * io.github.odooconnector.reliability.jdbc.ReliabilitySchema}, which creates their tables.
 *
 * <p>They take any {@code DataSource} (bring a pool) and need PostgreSQL 12 or newer. Public and
 * stable; every class is thread-safe.
 */
package io.github.odooconnector.reliability.jdbc;
