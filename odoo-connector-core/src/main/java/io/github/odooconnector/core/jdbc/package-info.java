/**
 * PostgreSQL implementations of the client's SPIs: {@link
 * io.github.odooconnector.core.jdbc.JdbcChangeCursorStore}. Uses only {@code java.sql}; bring your
 * own driver and pool.
 */
package io.github.odooconnector.core.jdbc;
