package io.github.odooconnector.wms.api;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one run of a batch workflow (release pending orders, send pending ASNs, process
 * the inbox). A run never stops at the first bad item: each item ends up in exactly one list.
 *
 * <p>Immutable and thread-safe.
 *
 * @param succeeded references of items processed in this run
 * @param skipped items that needed nothing or are not ready, each with the reason (already
 *     released, duplicate delivery, waiting for stock, ...)
 * @param failed items that failed; retryable ones stay pending for the next run
 */
public record BatchReport(List<String> succeeded, List<Skip> skipped, List<Failure> failed) {

  /**
   * Copies.
   *
   * @param succeeded processed items
   * @param skipped skipped items
   * @param failed failed items
   */
  public BatchReport {
    succeeded = List.copyOf(succeeded);
    skipped = List.copyOf(skipped);
    failed = List.copyOf(failed);
  }

  /**
   * Whether any item is left for a later run (a retryable failure).
   *
   * @return true when something is still pending
   */
  public boolean hasPending() {
    return failed.stream().anyMatch(Failure::retryable);
  }

  /**
   * One skipped item and why it was skipped.
   *
   * @param reference the item (picking reference, message id, ...)
   * @param reason why nothing was done with it, for a person to read
   */
  public record Skip(String reference, String reason) {
    /**
     * Validates.
     *
     * @param reference the item
     * @param reason why it was skipped
     */
    public Skip {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(reason, "reason");
    }

    /**
     * The reference and the reason, for logs and messages.
     *
     * @return for example {@code WH/OUT/00059 (waiting for stock ...)}
     */
    @Override
    public String toString() {
      return reference + " (" + reason + ")";
    }
  }

  /**
   * One failed item.
   *
   * @param reference the item (picking reference, message id, ...)
   * @param error the error message (never contains secrets)
   * @param retryable whether the next run retries it
   */
  public record Failure(String reference, String error, boolean retryable) {
    /**
     * Validates.
     *
     * @param reference the item
     * @param error the error message
     * @param retryable whether it is retried
     */
    public Failure {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(error, "error");
    }
  }
}
