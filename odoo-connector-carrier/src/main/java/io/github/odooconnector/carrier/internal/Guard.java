package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.reliability.api.IdempotencyConflictException;
import java.util.function.Supplier;

/** The facade's one exception rule for every workflow step. Stateless. */
final class Guard {

  private Guard() {}

  /**
   * Runs a workflow step so that only the facade's documented exceptions leave it: carrier failures
   * and workflow errors as they are, anything else a lower layer (Odoo, mapping, the stores, the
   * reliability kit) or a user callback raised as the cause of a {@link ShippingWorkflowException}
   * naming the step.
   */
  static <T> T run(Supplier<String> step, Supplier<T> work) {
    try {
      return work.get();
    } catch (CarrierException e) {
      throw e;
    } catch (IdempotencyConflictException e) {
      throw new ShippingWorkflowException(
          null,
          step.get()
              + " failed: its idempotency key was used before for a purchase with other data (the"
              + " carrier, service, parcels or ship-to address changed since); void the first"
              + " label or buy under a new key ("
              + e.getMessage()
              + ")",
          e);
    } catch (RuntimeException e) {
      String detail =
          e instanceof OdooConnectorException
              ? e.getMessage()
              : e.getClass().getSimpleName()
                  + (e.getMessage() == null ? "" : ": " + e.getMessage());
      throw new ShippingWorkflowException(null, step.get() + " failed: " + detail, e);
    }
  }
}
