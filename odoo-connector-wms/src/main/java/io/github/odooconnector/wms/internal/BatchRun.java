package io.github.odooconnector.wms.internal;

import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.spi.WmsUnavailableException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One run of a batch workflow: every item ends up succeeded, skipped or failed, a failure never
 * stops the others, and (when the run stops on WMS outages) a WMS outage leaves the remaining items
 * unattempted and pending. Not thread-safe: one run per call.
 */
final class BatchRun {

  /** What one item came to: succeeded, or skipped for {@code skipReason}. */
  record Done(String reference, String skipReason) {
    static Done succeeded(String reference) {
      return new Done(reference, null);
    }

    static Done skipped(String reference, String reason) {
      return new Done(reference, Objects.requireNonNull(reason, "reason"));
    }
  }

  private final boolean stopOnWmsOutage;
  private final List<String> succeeded = new ArrayList<>();
  private final List<BatchReport.Skip> skipped = new ArrayList<>();
  private final List<BatchReport.Failure> failed = new ArrayList<>();
  private boolean wmsDown;
  private RuntimeException lastError;

  private BatchRun(boolean stopOnWmsOutage) {
    this.stopOnWmsOutage = stopOnWmsOutage;
  }

  /** A run that stops calling the WMS after it was found unavailable (outbound workflows). */
  static BatchRun stoppingOnWmsOutage() {
    return new BatchRun(true);
  }

  /** A run that attempts every item (inbound workflows). */
  static BatchRun attemptingEveryItem() {
    return new BatchRun(false);
  }

  /**
   * Runs one item.
   *
   * @param failureRef how the item is named if it fails before it could name itself
   * @param item the work
   * @return the failure recorded for the item, empty when it succeeded or was skipped
   */
  Optional<BatchReport.Failure> run(String failureRef, Supplier<Done> item) {
    BatchReport.Failure failure;
    if (stopOnWmsOutage && wmsDown) {
      failure =
          new BatchReport.Failure(
              failureRef, "not attempted: WMS unavailable earlier in this run", true);
    } else {
      try {
        Done done = item.get();
        if (done.skipReason() == null) {
          succeeded.add(done.reference());
        } else {
          skipped.add(new BatchReport.Skip(done.reference(), done.skipReason()));
        }
        return Optional.empty();
      } catch (WmsUnavailableException e) {
        lastError = e;
        if (!stopOnWmsOutage) {
          failure = failure(failureRef, e);
        } else {
          wmsDown = true;
          failure = new BatchReport.Failure(failureRef, e.getMessage(), true);
        }
      } catch (RuntimeException e) {
        lastError = e;
        failure = failure(failureRef, e);
      }
    }
    failed.add(failure);
    return Optional.of(failure);
  }

  /** The exception of the last item that failed by throwing, or null. */
  RuntimeException lastError() {
    return lastError;
  }

  boolean hasFailures() {
    return !failed.isEmpty();
  }

  /** Records an item that was not attempted, with the reason. */
  void skip(String reference, String reason) {
    skipped.add(new BatchReport.Skip(reference, reason));
  }

  BatchReport report() {
    return new BatchReport(succeeded, skipped, failed);
  }

  /**
   * Describes a failure and decides whether a later run may retry the item, by the project's one
   * rule, the same the webhook inbox applies: an {@link OdooConnectorException} is retryable
   * exactly when its {@link OdooConnectorException#isRetryable() isRetryable()} says so (so an
   * {@code OdooOutcomeUnknownException} is not: the write may have been applied and an operator
   * decides), any other exception is retryable (a later run may find different data).
   */
  static BatchReport.Failure failure(String ref, RuntimeException e) {
    boolean retryable = !(e instanceof OdooConnectorException sdk) || sdk.isRetryable();
    return new BatchReport.Failure(
        ref, e.getClass().getSimpleName() + ": " + e.getMessage(), retryable);
  }
}
