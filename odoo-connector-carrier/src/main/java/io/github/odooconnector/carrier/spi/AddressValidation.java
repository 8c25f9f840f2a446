package io.github.odooconnector.carrier.spi;

import io.github.odooconnector.model.Address;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The carrier's verdict on an address.
 *
 * <p>Immutable and thread-safe.
 *
 * @param deliverable whether the carrier can deliver to the address as given
 * @param suggestion a corrected address the carrier proposes, or {@code null}
 * @param messages the carrier's remarks, possibly empty
 */
public record AddressValidation(boolean deliverable, Address suggestion, List<String> messages) {

  /**
   * Validates and copies the components.
   *
   * @param deliverable deliverable as given
   * @param suggestion corrected address, or {@code null}
   * @param messages remarks
   */
  public AddressValidation {
    messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
  }

  /**
   * The corrected address the carrier proposes.
   *
   * @return the suggestion, empty when the carrier proposed none
   */
  public Optional<Address> optionalSuggestion() {
    return Optional.ofNullable(suggestion);
  }
}
