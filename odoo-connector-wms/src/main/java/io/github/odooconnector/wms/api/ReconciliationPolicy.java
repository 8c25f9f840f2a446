package io.github.odooconnector.wms.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How an inventory reconciliation treats differences between the WMS and Odoo.
 *
 * <p>With {@code applyAdjustments}, Odoo's quantity is set to the WMS's quantity for every
 * difference whose absolute size is at most {@code adjustmentTolerance} (in the product's unit);
 * bigger differences are only reported, for a person to investigate. Differences of at most {@code
 * ignoreBelow} are considered equal (rounding noise).
 *
 * <p>Immutable and thread-safe.
 *
 * @param ignoreBelow differences up to this size count as matches (zero or more)
 * @param applyAdjustments whether to write inventory adjustments to Odoo
 * @param adjustmentTolerance the largest difference that is adjusted automatically (zero or more)
 */
public record ReconciliationPolicy(
    BigDecimal ignoreBelow, boolean applyAdjustments, BigDecimal adjustmentTolerance) {

  /**
   * Validates.
   *
   * @param ignoreBelow the noise threshold
   * @param applyAdjustments whether to adjust Odoo
   * @param adjustmentTolerance the adjustment limit
   */
  public ReconciliationPolicy {
    Objects.requireNonNull(ignoreBelow, "ignoreBelow");
    Objects.requireNonNull(adjustmentTolerance, "adjustmentTolerance");
    if (ignoreBelow.signum() < 0 || adjustmentTolerance.signum() < 0) {
      throw new IllegalArgumentException("tolerances must not be negative");
    }
  }

  /**
   * Report only, exact comparison.
   *
   * @return the policy
   */
  public static ReconciliationPolicy reportOnly() {
    return new ReconciliationPolicy(BigDecimal.ZERO, false, BigDecimal.ZERO);
  }

  /**
   * Report everything and adjust Odoo for differences up to {@code tolerance}.
   *
   * @param tolerance the largest difference adjusted automatically
   * @return the policy
   */
  public static ReconciliationPolicy adjustWithin(BigDecimal tolerance) {
    return new ReconciliationPolicy(BigDecimal.ZERO, true, tolerance);
  }
}
