package io.github.odooconnector.carrier.spi;

import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.Party;
import java.util.Objects;

/** Argument checks shared by the SPI records. */
final class Checks {

  private Checks() {}

  static Party requireAddressed(Party party, String field) {
    Objects.requireNonNull(party, field);
    Address address = party.address();
    if (address == null) {
      throw new IllegalArgumentException(field + " (" + party.name() + ") has no address");
    }
    return party;
  }
}
