package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierRateLimitedException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.common.RetrySettings;
import java.time.Duration;
import java.util.Optional;

/**
 * Calls {@link CarrierAdapter#createShipment} with bounded retries, and only where a retry cannot
 * buy twice: a lost response is first resolved with {@link CarrierAdapter#findShipment}, and
 * repeated only if the carrier deduplicates by the idempotency key. Thread-safe (stateless apart
 * from settings).
 */
final class LabelPurchaser {

  private static final Duration MAX_RATE_LIMIT_WAIT = Duration.ofSeconds(30);

  private final RetrySettings retry;

  LabelPurchaser(RetrySettings retry) {
    this.retry = retry;
  }

  CarrierShipment purchase(CarrierAdapter adapter, ShipmentRequest request) {
    String code = adapter.carrierCode();
    for (int attempt = 1; ; attempt++) {
      try {
        return check(adapter, request, adapter.createShipment(request));
      } catch (CarrierOutcomeUnknownException e) {
        Optional<CarrierShipment> found = find(adapter, request, e);
        if (found.isPresent()) {
          return found.get();
        }
        if (!adapter.capabilities().idempotentCreate() || !retry.allowsAnotherAttempt(attempt)) {
          throw e;
        }
        pause(retry.delayAfter(attempt), e);
      } catch (CarrierException e) {
        if (!e.isRetryable() || !retry.allowsAnotherAttempt(attempt)) {
          throw e;
        }
        Duration wait = retry.delayAfter(attempt);
        if (e instanceof CarrierRateLimitedException rl && rl.retryAfter().isPresent()) {
          Duration asked = rl.retryAfter().get();
          if (asked.compareTo(MAX_RATE_LIMIT_WAIT) > 0) {
            throw e;
          }
          wait = asked;
        }
        pause(wait, e);
      } catch (RuntimeException e) {
        throw new CarrierException(
            code,
            "adapter '"
                + code
                + "' failed with "
                + e.getClass().getSimpleName()
                + " (adapters must throw CarrierException); the outcome of the purchase is unknown",
            null,
            e);
      }
    }
  }

  private static Optional<CarrierShipment> find(
      CarrierAdapter adapter, ShipmentRequest request, CarrierOutcomeUnknownException lost) {
    try {
      return adapter.findShipment(request.idempotencyKey()).map(s -> check(adapter, request, s));
    } catch (CarrierException e) {
      lost.addSuppressed(e);
      return Optional.empty();
    }
  }

  private static CarrierShipment check(
      CarrierAdapter adapter, ShipmentRequest request, CarrierShipment shipment) {
    String code = adapter.carrierCode();
    if (shipment == null
        || !code.equals(shipment.carrierCode())
        || shipment.parcels().size() != request.parcels().size()) {
      throw new CarrierException(
          code,
          "adapter '"
              + code
              + "' returned an inconsistent shipment for '"
              + request.reference()
              + "' ("
              + (shipment == null
                  ? "null"
                  : shipment.parcels().size()
                      + " labels for "
                      + request.parcels().size()
                      + " parcels, carrier "
                      + shipment.carrierCode())
              + ")",
          null,
          null);
    }
    return shipment;
  }

  private static void pause(Duration wait, CarrierException cause) {
    if (wait.isZero() || wait.isNegative()) {
      return;
    }
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw cause;
    }
  }
}
