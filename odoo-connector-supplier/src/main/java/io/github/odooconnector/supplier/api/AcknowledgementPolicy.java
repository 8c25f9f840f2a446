package io.github.odooconnector.supplier.api;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Which changes in a supplier's purchase order acknowledgement are written to the Odoo purchase
 * order at once, and which are raised for a buyer's review instead (an activity on the order, with
 * nothing written). An acknowledgement is applied as a whole or not at all: one change that needs
 * review holds back the others too, so the order never shows half of the supplier's answer.
 *
 * <p>Immutable and thread-safe. Start from {@link #defaults()} or {@link #reviewEverything()}.
 *
 * @param applyQuantityChanges write confirmed quantities that differ from the ordered ones
 *     (including a rejected line, which becomes quantity 0)
 * @param applyPriceChanges write confirmed unit prices that differ from the ordered ones
 * @param maxPriceIncreasePercent with {@code applyPriceChanges}: a larger increase is raised for
 *     review; null means any increase is applied
 * @param applyDateChanges write promised dates to the lines' planned dates
 * @param cancelWhenRejected cancel the order when the supplier rejects it as a whole; otherwise the
 *     rejection is raised for review
 */
public record AcknowledgementPolicy(
    boolean applyQuantityChanges,
    boolean applyPriceChanges,
    BigDecimal maxPriceIncreasePercent,
    boolean applyDateChanges,
    boolean cancelWhenRejected) {

  /**
   * Checks the percentage.
   *
   * @param applyQuantityChanges see the record description
   * @param applyPriceChanges see the record description
   * @param maxPriceIncreasePercent see the record description
   * @param applyDateChanges see the record description
   * @param cancelWhenRejected see the record description
   */
  public AcknowledgementPolicy {
    if (maxPriceIncreasePercent != null && maxPriceIncreasePercent.signum() < 0) {
      throw new IllegalArgumentException(
          "maxPriceIncreasePercent must not be negative: " + maxPriceIncreasePercent);
    }
  }

  /**
   * Quantity and date changes applied, price changes and whole-order rejections reviewed.
   *
   * @return the policy
   */
  public static AcknowledgementPolicy defaults() {
    return new AcknowledgementPolicy(true, false, null, true, false);
  }

  /**
   * Every change reviewed; only plain acceptances are applied (they change nothing).
   *
   * @return the policy
   */
  public static AcknowledgementPolicy reviewEverything() {
    return new AcknowledgementPolicy(false, false, null, false, false);
  }

  /**
   * This policy with price changes applied up to an increase of {@code percent}.
   *
   * @param percent the largest increase applied without review, for example {@code 5}
   * @return the new policy
   */
  public AcknowledgementPolicy withPriceChangesUpTo(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    return new AcknowledgementPolicy(
        applyQuantityChanges, true, percent, applyDateChanges, cancelWhenRejected);
  }

  /**
   * This policy with whole-order rejections cancelling the order.
   *
   * @return the new policy
   */
  public AcknowledgementPolicy withCancelWhenRejected() {
    return new AcknowledgementPolicy(
        applyQuantityChanges, applyPriceChanges, maxPriceIncreasePercent, applyDateChanges, true);
  }

  /**
   * The largest price increase applied without review, if limited.
   *
   * @return the percentage
   */
  public Optional<BigDecimal> optionalMaxPriceIncreasePercent() {
    return Optional.ofNullable(maxPriceIncreasePercent);
  }
}
