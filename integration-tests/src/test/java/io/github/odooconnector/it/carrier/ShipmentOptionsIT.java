package io.github.odooconnector.it.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.api.LabelOptions;
import io.github.odooconnector.carrier.api.RateShoppingResult;
import io.github.odooconnector.carrier.spi.UnsupportedShipmentOptionException;
import io.github.odooconnector.model.Money;
import io.github.odooconnector.model.ShipmentOption;
import io.github.odooconnector.model.ShipmentOptions;
import io.github.odooconnector.model.SignatureType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 17, typed shipment options checked against each carrier's capabilities. */
class ShipmentOptionsIT {

  private CarrierScenario s;

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  @Test
  void anOptionTheCarrierDoesNotSupportIsRefusedBeforePurchaseNamingCarrierAndOption() {
    s =
        new CarrierScenario(
            b -> b.supportedOptions(ShipmentOption.SIGNATURE, ShipmentOption.REFERENCES),
            b -> b,
            sc -> {});
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);

    assertThatThrownBy(
            () ->
                s.shipping.buyLabel(
                    picking,
                    LabelOptions.builder()
                        .shipmentOptions(ShipmentOptions.builder().saturdayDelivery(true).build())
                        .build()))
        .isInstanceOf(UnsupportedShipmentOptionException.class)
        .hasMessageContaining("SwiftPost")
        .hasMessageContaining("SATURDAY_DELIVERY")
        .satisfies(
            e ->
                assertThat(((UnsupportedShipmentOptionException) e).option())
                    .isEqualTo(ShipmentOption.SATURDAY_DELIVERY));
    assertThat(s.swiftpost.createShipmentCalls()).isZero();
    assertThat(s.attachments(picking)).isEmpty();
  }

  @Test
  void supportedOptionsReachTheCarrierTyped() {
    s =
        new CarrierScenario(
            b -> b.supportedOptions(ShipmentOption.ADULT_SIGNATURE, ShipmentOption.INSURANCE),
            b -> b,
            sc -> {});
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);
    ShipmentOptions options =
        ShipmentOptions.builder()
            .signature(SignatureType.ADULT)
            .declaredValue(Money.of("250", "EUR"))
            .build();

    s.shipping.buyLabel(picking, LabelOptions.builder().shipmentOptions(options).build());

    assertThat(s.swiftpost.createRequests().get(0).shipmentOptions()).isEqualTo(options);
  }

  @Test
  void rateShoppingLeavesOutCarriersThatCannotHonourTheDefaultOptions() {
    s =
        new CarrierScenario(
            b -> b.supportedOptions(ShipmentOption.SIGNATURE),
            b ->
                b.defaultShipmentOptions(
                    ShipmentOptions.builder().signature(SignatureType.STANDARD).build()),
            sc -> {});
    long picking = s.readyDelivery();

    RateShoppingResult result = s.shipping.shopRates(picking);

    assertThat(result.chosen().carrierCode()).isEqualTo("swiftpost");
    assertThat(result.skippedCarriers())
        .containsEntry("rapidex", "does not support shipment option SIGNATURE");
    assertThat(s.rapidex.rateCalls()).isZero();
  }
}
