package io.github.odooconnector.carrier.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A booked pickup.
 *
 * <p>Immutable and thread-safe.
 *
 * @param confirmationNumber the carrier's confirmation number
 * @param date the confirmed pickup date
 */
public record PickupConfirmation(String confirmationNumber, LocalDate date) {

  /**
   * Validates the components.
   *
   * @param confirmationNumber confirmation number
   * @param date pickup date
   */
  public PickupConfirmation {
    confirmationNumber = requireText(confirmationNumber, "confirmationNumber");
    Objects.requireNonNull(date, "date");
  }
}
