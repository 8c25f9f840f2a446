package io.github.odooconnector.it.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.api.AddressPolicy;
import io.github.odooconnector.carrier.api.AddressValidationException;
import io.github.odooconnector.carrier.spi.AddressValidation;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.model.Address;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 17, ship-to address validation before purchase: block, warn or correct in Odoo. */
class AddressValidationIT {

  /** Every test customer lives at Grote Markt 1, 2000 Antwerpen; the carrier wants 2018. */
  private static final AddressValidation WRONG_ZIP =
      new AddressValidation(
          false,
          Address.builder()
              .street1("Grote Markt 1")
              .city("Antwerpen")
              .postalCode("2018")
              .countryCode("BE")
              .build(),
          List.of("postal code does not match the street"));

  private CarrierScenario s;

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  private CarrierScenario scenario(AddressPolicy policy) {
    CarrierScenario sc =
        new CarrierScenario(
            b -> b.addressValidation(true), b -> b.addressValidation(policy), x -> {});
    sc.swiftpost.addressVerdict("2000", WRONG_ZIP);
    return sc;
  }

  private String zipOfCustomer(long picking) {
    long partner =
        s.client
            .read("stock.picking", List.of(picking), List.of("partner_id"))
            .get(0)
            .many2one("partner_id")
            .map(Many2one::id)
            .orElseThrow();
    return s.client
        .read("res.partner", List.of(partner), List.of("zip"))
        .get(0)
        .string("zip")
        .orElseThrow();
  }

  @Test
  void blockRefusesTheLabelNamingTheCarriersRemarks() {
    s = scenario(AddressPolicy.BLOCK);
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);

    assertThatThrownBy(() -> s.shipping.buyLabel(picking))
        .isInstanceOf(AddressValidationException.class)
        .hasMessageContaining("postal code does not match the street")
        .hasMessageContaining("nothing was bought");
    assertThat(s.swiftpost.createShipmentCalls()).isZero();
    assertThat(s.chatter(picking)).anyMatch(m -> m.contains("Address refused"));
  }

  @Test
  void warnBuysAndRecordsTheWarning() {
    s = scenario(AddressPolicy.WARN);
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);

    s.shipping.buyLabel(picking);

    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(1);
    assertThat(s.chatter(picking)).anyMatch(m -> m.contains("Address warning"));
    assertThat(zipOfCustomer(picking)).isEqualTo("2000");
  }

  @Test
  void correctWritesTheCarriersCorrectionToThePartnerRecordsItAndBuysWithIt() {
    s = scenario(AddressPolicy.CORRECT);
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);

    s.shipping.buyLabel(picking);

    assertThat(zipOfCustomer(picking)).isEqualTo("2018");
    assertThat(s.swiftpost.createRequests().get(0).shipTo().address().postalCode())
        .isEqualTo("2018");
    assertThat(s.chatter(picking))
        .anyMatch(
            m ->
                m.contains("Ship-to address corrected")
                    && m.contains("2000 Antwerpen")
                    && m.contains("2018 Antwerpen"));
  }
}
