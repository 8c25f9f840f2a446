package io.github.odooconnector.core.api;

import io.github.odooconnector.core.spi.ChangeCursor;
import java.util.List;
import java.util.Objects;

/**
 * One page of a {@link ChangeFeed}: the changes after the feed's saved position, in {@code
 * (write_date, id)} order, and the position to save once they are handled ({@link
 * ChangeFeed#commit(ChangeBatch)}). Immutable and thread-safe.
 *
 * @param changes the changes, de-duplicated; may be empty when the feed is caught up
 * @param next the position after these changes
 * @param caughtUp whether the feed read everything Odoo had when this page was read
 */
public record ChangeBatch(List<Change> changes, ChangeCursor next, boolean caughtUp) {

  /**
   * Copies the list.
   *
   * @param changes the changes
   * @param next the position after these changes
   * @param caughtUp whether the feed is caught up
   */
  public ChangeBatch {
    changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
    Objects.requireNonNull(next, "next");
  }

  /**
   * Whether there is nothing to handle.
   *
   * @return {@code true} when {@link #changes()} is empty
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }
}
