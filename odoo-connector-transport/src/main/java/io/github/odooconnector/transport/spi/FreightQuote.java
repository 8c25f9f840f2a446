package io.github.odooconnector.transport.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import io.github.odooconnector.model.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A carrier's price for a load, as quoted by the TMS.
 *
 * <p>Immutable and thread-safe.
 *
 * @param quoteId the TMS's id of the quote, passed back with the tender
 * @param carrier the carrier quoting
 * @param amount the all-in freight charge
 * @param transitDays business days from pickup to delivery
 * @param validUntil when the quote expires, or null
 */
public record FreightQuote(
    String quoteId, TransportCarrier carrier, Money amount, int transitDays, Instant validUntil) {

  /**
   * Checks the components.
   *
   * @param quoteId see the record description
   * @param carrier see the record description
   * @param amount see the record description
   * @param transitDays see the record description
   * @param validUntil see the record description
   */
  public FreightQuote {
    requireText(quoteId, "quoteId");
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(amount, "amount");
    if (transitDays < 0) {
      throw new IllegalArgumentException("transitDays must not be negative: " + transitDays);
    }
  }

  /**
   * When the quote expires, if it does.
   *
   * @return the instant
   */
  public Optional<Instant> optionalValidUntil() {
    return Optional.ofNullable(validUntil);
  }
}
