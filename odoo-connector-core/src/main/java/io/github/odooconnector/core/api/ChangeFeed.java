package io.github.odooconnector.core.api;

import io.github.odooconnector.core.spi.ChangeCursorStore;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * An incremental feed of the records of one model that changed since a persisted position, built
 * with {@link OdooClient#changes(String, Domain, List)}.
 *
 * <p><b>Ordering and paging.</b> Changes come in {@code (write_date, id)} order. Odoo answers
 * {@code write_date} in whole seconds while it stores microseconds (and Odoo 19 compares whole
 * seconds), so the feed never pages on a partial second by {@code write_date}: inside one second it
 * pages by {@code id} ({@code write_date >= s AND write_date < s+1 AND id > last}), and between
 * seconds it only cuts after a complete second. Records sharing a {@code write_date} are never
 * skipped or repeated across pages, on 17, 18 and 19.
 *
 * <p><b>Overlap window.</b> Odoo stamps {@code write_date} with the <em>start</em> of the
 * transaction, so a long transaction makes its change visible after later ones were already read.
 * Each time the feed has caught up, its next poll re-reads the last {@link
 * ChangeFeedBuilder#overlap overlap} (default 2 minutes) before the newest {@code write_date} it
 * saw, and removes what it already delivered by {@code (id, write_date)} and the values read (so a
 * second write inside the same second is still delivered). Set the overlap to at least the longest
 * transaction your Odoo runs (its {@code limit_time_real}, long crons): changes committed later
 * than that are not guaranteed. Re-reading the window costs one page per {@code pageSize} changes
 * inside it per poll.
 *
 * <p><b>Delivery.</b> At-least-once: {@link #poll()} reads from the saved position and does not
 * move it; {@link #commit(ChangeBatch)} saves the batch's position after the consumer handled it. A
 * crash in between redelivers the batch. Consumers should be idempotent per {@code (id,
 * write_date)} (for example, enqueue each change into the reliability outbox with that key).
 *
 * <p><b>Deletions.</b> Odoo keeps no record of deletions; {@link #detectDeletions(Collection)}
 * compares the ids the consumer knows with a keyset walk of the ids still in scope and reports the
 * missing ones.
 *
 * <p>One consumer per feed name at a time. Instances are thread-safe, but polls of the same feed
 * should not run concurrently.
 */
public interface ChangeFeed {

  /**
   * The feed's name: the key of its position in the {@link ChangeCursorStore}.
   *
   * @return the name
   */
  String name();

  /**
   * Reads the next changes after the saved position, without moving it. Reads pages of {@code
   * pageSize} records until it has at least one change to deliver or has caught up.
   *
   * @return the changes and the position to commit after handling them
   */
  ChangeBatch poll();

  /**
   * Saves the position after {@code batch}: its changes will not be delivered again.
   *
   * @param batch a batch returned by {@link #poll()} on this feed, whose changes were handled
   */
  void commit(ChangeBatch batch);

  /**
   * Polls, hands every change to {@code handler} and commits, until the feed has caught up. If the
   * handler throws, the batch is not committed (it is delivered again by the next poll) and the
   * exception propagates.
   *
   * @param handler the consumer of changes
   * @return the number of changes handled
   */
  int drain(Consumer<Change> handler);

  /**
   * Finds which of {@code knownIds} were deleted or left the feed's scope (archived, or no longer
   * matching its domain), by walking the ids in scope between the smallest and the largest known id
   * in pages of {@code pageSize} ({@code search} with {@code id > last}, {@code order id}): one
   * call per page plus one per 1,000 missing ids to tell deleted from archived. Memory: the known
   * ids plus one page. Run it periodically (it does not use or move the feed's position).
   *
   * @param knownIds the ids the consumer has seen and still considers live
   * @return one {@link ChangeKind#DELETED} or {@link ChangeKind#LEFT_SCOPE} event per missing id,
   *     in id order
   */
  List<Change> detectDeletions(Collection<Long> knownIds);

  /** Forgets the saved position: the next poll starts from the feed's configured start. */
  void reset();
}
