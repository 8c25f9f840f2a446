package io.github.odooconnector.transport.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import io.github.odooconnector.model.Money;
import java.util.Objects;

/**
 * One charge of a freight invoice: line haul, fuel surcharge, an accessorial (lift gate,
 * detention).
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the carrier's charge code, for example {@code FSC}
 * @param description what it is for
 * @param amount the amount
 */
public record FreightCharge(String code, String description, Money amount) {

  /**
   * Checks the components.
   *
   * @param code see the record description
   * @param description see the record description
   * @param amount see the record description
   */
  public FreightCharge {
    requireText(code, "code");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(amount, "amount");
  }
}
