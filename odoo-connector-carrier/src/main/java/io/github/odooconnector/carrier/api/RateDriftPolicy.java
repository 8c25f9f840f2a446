package io.github.odooconnector.carrier.api;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Guards label purchases against prices that moved since the quote: when the carrier now asks (or
 * charged) more than the quote by more than {@link #maxIncreasePercent()}, the variance is recorded
 * in Odoo (a chatter note and an activity on the picking) and, with {@link Action#REFUSE}, a
 * purchase not yet made is refused with a {@link RateDriftException}. A purchase already made
 * cannot be refused; its variance is recorded under either action.
 *
 * <p>Immutable and thread-safe. Create with {@link #refuseAbove(String)} or {@link
 * #flagAbove(String)}.
 */
public final class RateDriftPolicy {

  /** What to do with a purchase whose price moved too much before it was made. */
  public enum Action {
    /** Refuse it (nothing is bought). */
    REFUSE,
    /** Buy anyway and record the variance. */
    FLAG
  }

  private final Action action;
  private final BigDecimal maxIncreasePercent;

  private RateDriftPolicy(Action action, BigDecimal maxIncreasePercent) {
    this.action = action;
    this.maxIncreasePercent = maxIncreasePercent;
  }

  /**
   * Refuses a purchase whose price exceeds the quote by more than this percentage.
   *
   * @param percent for example {@code "10"} for 10 %; not negative
   * @return the policy
   */
  public static RateDriftPolicy refuseAbove(String percent) {
    return new RateDriftPolicy(Action.REFUSE, percent(percent));
  }

  /**
   * Buys, but records a variance above this percentage.
   *
   * @param percent for example {@code "10"} for 10 %; not negative
   * @return the policy
   */
  public static RateDriftPolicy flagAbove(String percent) {
    return new RateDriftPolicy(Action.FLAG, percent(percent));
  }

  private static BigDecimal percent(String percent) {
    BigDecimal p;
    try {
      p = new BigDecimal(Objects.requireNonNull(percent, "percent").strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("percent must be a number, got '" + percent + "'", e);
    }
    if (p.signum() < 0) {
      throw new IllegalArgumentException("percent must not be negative, got " + percent);
    }
    return p;
  }

  /**
   * What happens to a purchase not yet made whose price moved too much.
   *
   * @return the action
   */
  public Action action() {
    return action;
  }

  /**
   * The largest accepted increase over the quote, in percent.
   *
   * @return the percentage
   */
  public BigDecimal maxIncreasePercent() {
    return maxIncreasePercent;
  }

  @Override
  public String toString() {
    return "RateDriftPolicy[" + action + " above " + maxIncreasePercent.toPlainString() + "%]";
  }
}
