package io.github.odooconnector.carrier.api;

import io.github.odooconnector.model.Money;
import java.math.BigDecimal;

/**
 * A label purchase was refused by the {@link RateDriftPolicy}: the carrier now asks more than the
 * quote by more than the configured percentage. Nothing was bought; the variance is recorded on the
 * picking. Shop rates again (which records the new quote) and buy, or raise the limit.
 *
 * <p>Immutable and thread-safe.
 */
public class RateDriftException extends ShippingWorkflowException {

  private static final long serialVersionUID = 1L;

  private final Money quoted;
  private final Money current;
  private final BigDecimal increasePercent;

  /**
   * Creates the exception.
   *
   * @param carrierCode the carrier
   * @param message the message
   * @param quoted the quote the purchase was checked against
   * @param current what the carrier asks now
   * @param increasePercent the increase in percent
   */
  public RateDriftException(
      String carrierCode, String message, Money quoted, Money current, BigDecimal increasePercent) {
    super(carrierCode, message);
    this.quoted = quoted;
    this.current = current;
    this.increasePercent = increasePercent;
  }

  /**
   * The quote the purchase was checked against.
   *
   * @return the quote
   */
  public Money quoted() {
    return quoted;
  }

  /**
   * What the carrier asks now.
   *
   * @return the price
   */
  public Money current() {
    return current;
  }

  /**
   * The increase over the quote, in percent.
   *
   * @return the percentage
   */
  public BigDecimal increasePercent() {
    return increasePercent;
  }
}
