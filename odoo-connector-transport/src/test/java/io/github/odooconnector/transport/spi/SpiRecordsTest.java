package io.github.odooconnector.transport.spi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.OdooClient;
import org.junit.jupiter.api.Test;

/** The checks the TMS SPI records make, in the words the rest of the SDK uses. */
class SpiRecordsTest {

  @Test
  void aBlankRequiredTextIsRejectedNamingTheFieldInTheWordsOfTheRestOfTheSdk() {
    assertThatThrownBy(() -> new TransportCarrier(" ", "Old Dominion Freight Line"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("scac must not be blank");
    // the same mistake on the Odoo client (and the carrier SPI, the incidents, ...) reads alike
    assertThatThrownBy(() -> OdooClient.builder().database(" "))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("database must not be blank");
  }

  @Test
  void aMissingRequiredTextIsANullPointerExceptionNamingTheField() {
    assertThatThrownBy(() -> new TransportCarrier("ODFL", null))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("name");
  }
}
