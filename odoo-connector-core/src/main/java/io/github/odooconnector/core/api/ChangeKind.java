package io.github.odooconnector.core.api;

/** What happened to a record, as reported by a {@link ChangeFeed}. */
public enum ChangeKind {
  /** Created or written since the feed's position ({@link Change#optionalRecord()} holds it). */
  CHANGED,
  /** The record no longer exists (found by {@link ChangeFeed#detectDeletions}). */
  DELETED,
  /**
   * The record still exists but left the feed's scope: archived ({@code active = False}) or no
   * longer matching the feed's domain (found by {@link ChangeFeed#detectDeletions}).
   */
  LEFT_SCOPE
}
