package io.github.odooconnector.core.memory;

import io.github.odooconnector.core.spi.ChangeCursor;
import io.github.odooconnector.core.spi.ChangeCursorStore;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A {@link ChangeCursorStore} in this JVM's memory: for tests and for feeds that may restart from
 * their configured start after a process restart. Thread-safe.
 */
public final class InMemoryChangeCursorStore implements ChangeCursorStore {

  private final ConcurrentMap<String, ChangeCursor> cursors = new ConcurrentHashMap<>();

  private InMemoryChangeCursorStore() {}

  /**
   * Creates an empty store.
   *
   * @return the store
   */
  public static InMemoryChangeCursorStore create() {
    return new InMemoryChangeCursorStore();
  }

  @Override
  public Optional<ChangeCursor> load(String feedName) {
    return Optional.ofNullable(cursors.get(Objects.requireNonNull(feedName, "feedName")));
  }

  @Override
  public void save(String feedName, ChangeCursor cursor) {
    cursors.put(Objects.requireNonNull(feedName, "feedName"), Objects.requireNonNull(cursor));
  }

  @Override
  public void delete(String feedName) {
    cursors.remove(Objects.requireNonNull(feedName, "feedName"));
  }

  @Override
  public String toString() {
    return "InMemoryChangeCursorStore[" + cursors.size() + " feeds]";
  }
}
