package io.github.odooconnector.carrier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.reliability.spi.IdempotencyRecord;
import io.github.odooconnector.reliability.spi.IdempotencyState;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import java.util.Optional;

/**
 * The one place that reads the idempotency store directly, behind the reliability kit's {@code
 * Idempotent}: whether a key completed, and the label a completed purchase stored. Voiding and the
 * choice of the next default key need the stored result without running anything, which {@code
 * Idempotent} cannot give yet; when it can, this class is replaced by that call. Thread-safe.
 */
final class StoredLabels {

  private static final ObjectMapper STORED = new ObjectMapper();

  private final IdempotencyStore store;

  StoredLabels(IdempotencyStore store) {
    this.store = store;
  }

  /** Whether an action under this key completed (for example a void marker). */
  boolean completed(String key) {
    return store.find(key).map(r -> r.state() == IdempotencyState.COMPLETED).orElse(false);
  }

  /**
   * The label bought under {@code key}, empty when nothing completed under it (or its record
   * expired).
   *
   * @throws ShippingWorkflowException if the stored result is unreadable or records a purchase with
   *     an unknown outcome
   */
  Optional<StoredShipment> label(String key, String pickingName) {
    Optional<IdempotencyRecord> record =
        store
            .find(key)
            .filter(r -> r.state() == IdempotencyState.COMPLETED && r.resultJson().isPresent());
    if (record.isEmpty()) {
      return Optional.empty();
    }
    StoredShipment stored;
    try {
      stored = STORED.readValue(record.get().resultJson().get(), StoredShipment.class);
    } catch (JsonProcessingException e) {
      throw new ShippingWorkflowException(
          null,
          "stored label of stock.picking " + pickingName + " under key '" + key + "' is unreadable",
          e);
    }
    if (stored.unknownOutcome() != null) {
      throw new ShippingWorkflowException(
          stored.carrierCode(),
          "the label purchase of stock.picking "
              + pickingName
              + " has an unknown outcome; void it in the carrier account, then buy again under a"
              + " new key");
    }
    return Optional.of(stored);
  }
}
