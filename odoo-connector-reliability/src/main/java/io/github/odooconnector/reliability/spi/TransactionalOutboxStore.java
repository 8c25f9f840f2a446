package io.github.odooconnector.reliability.spi;

import java.sql.Connection;

/**
 * An outbox store that can append inside the host application's own JDBC transaction, so the event
 * is stored if and only if the host's business change commits.
 *
 * <p>Implementations must be safe for concurrent use by many threads.
 */
public interface TransactionalOutboxStore extends OutboxStore {

  /**
   * Appends an entry using the caller's connection; does not commit, roll back or close it.
   *
   * @param connection the host's connection, typically with auto-commit off
   * @param entry the entry
   * @return {@code true} if stored, {@code false} if an entry with the same event id already exists
   */
  boolean append(Connection connection, NewOutboxEntry entry);
}
