package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.RateDriftException;
import io.github.odooconnector.carrier.api.RateDriftPolicy;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Applies the {@link RateDriftPolicy}: compares what the carrier asks before a purchase (or charged
 * after it) with the quote the purchase was based on, records a variance above the limit in Odoo
 * (chatter note and one activity per picking) and refuses a purchase not yet made when the policy
 * says so. Thread-safe.
 */
final class DriftGuard {

  private final PickingGateway odoo;
  private final RateDriftPolicy policy; // null: no guard
  private final Activities activities;

  DriftGuard(PickingGateway odoo, RateDriftPolicy policy, Activities activities) {
    this.odoo = odoo;
    this.policy = policy;
    this.activities = activities;
  }

  boolean active() {
    return policy != null;
  }

  /**
   * Checks the price asked now against the quote.
   *
   * @throws RateDriftException if the increase is above the limit and the policy refuses
   */
  void beforePurchase(
      OdooRecord picking, String carrierCode, String carrierName, Money quoted, Money now) {
    Optional<BigDecimal> increase = excess(quoted, now);
    if (increase.isEmpty()) {
      return;
    }
    boolean refuse = policy.action() == RateDriftPolicy.Action.REFUSE;
    String text =
        variance(carrierName, quoted, now, increase.get(), "now asks")
            + (refuse ? "; the purchase was refused" : "; bought anyway (policy: flag)");
    record(picking, carrierName, increase.get(), text);
    if (refuse) {
      throw new RateDriftException(
          carrierCode,
          "stock.picking " + PickingGateway.name(picking) + ": " + text + "; nothing was bought",
          quoted,
          now,
          increase.get());
    }
  }

  /** Records the variance of a purchase already made (it cannot be refused any more). */
  void afterPurchase(OdooRecord picking, String carrierName, Money quoted, Money charged) {
    excess(quoted, charged)
        .ifPresent(
            inc ->
                record(
                    picking,
                    carrierName,
                    inc,
                    variance(carrierName, quoted, charged, inc, "charged")
                        + "; the label is bought, check the carrier invoice"));
  }

  private Optional<BigDecimal> excess(Money quoted, Money actual) {
    if (policy == null
        || quoted == null
        || actual == null
        || quoted.amount().signum() <= 0
        || !quoted.currency().equals(actual.currency())) {
      return Optional.empty();
    }
    BigDecimal increase =
        actual
            .amount()
            .subtract(quoted.amount())
            .multiply(BigDecimal.valueOf(100))
            .divide(quoted.amount(), 2, RoundingMode.HALF_UP);
    return increase.compareTo(policy.maxIncreasePercent()) > 0
        ? Optional.of(increase)
        : Optional.empty();
  }

  private static String variance(
      String carrierName, Money quoted, Money actual, BigDecimal increase, String verb) {
    return "Rate variance at "
        + carrierName
        + ": quoted "
        + quoted
        + ", "
        + verb
        + " "
        + actual
        + " (+"
        + increase.stripTrailingZeros().toPlainString()
        + "%, variance "
        + actual.minus(quoted)
        + ")";
  }

  private void record(OdooRecord picking, String carrierName, BigDecimal increase, String text) {
    String full =
        text + "; limit " + policy.maxIncreasePercent().stripTrailingZeros().toPlainString() + "%";
    odoo.postNote(picking.id(), full, List.of());
    activities.open(picking, "Rate variance at " + carrierName, full);
  }
}
