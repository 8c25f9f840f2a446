package io.github.odooconnector.core.spi;

import java.util.Optional;

/**
 * Where change feeds keep their position between polls, so a feed resumes where it stopped after a
 * restart, on this or another instance. Shipped implementations: {@code
 * io.github.odooconnector.core.memory.InMemoryChangeCursorStore} (tests, single process) and {@code
 * io.github.odooconnector.core.jdbc.JdbcChangeCursorStore} (PostgreSQL).
 *
 * <p>A feed saves after the consumer handled a batch ({@code ChangeFeed.commit}); a crash before
 * that redelivers the batch (at-least-once). One consumer per feed name at a time: the store does
 * not arbitrate between two instances polling the same feed concurrently (hold a lock or lease in
 * the application). Implementations must be thread-safe and durable once {@link #save} returns, and
 * throw an unchecked exception (never return quietly) when they cannot load or save.
 */
public interface ChangeCursorStore {

  /**
   * The position saved for a feed.
   *
   * @param feedName the feed's name
   * @return the cursor, empty if the feed never committed
   */
  Optional<ChangeCursor> load(String feedName);

  /**
   * Saves (inserts or replaces) a feed's position.
   *
   * @param feedName the feed's name
   * @param cursor the new position
   */
  void save(String feedName, ChangeCursor cursor);

  /**
   * Forgets a feed's position (the next poll starts from the feed's configured start).
   *
   * @param feedName the feed's name
   */
  void delete(String feedName);
}
