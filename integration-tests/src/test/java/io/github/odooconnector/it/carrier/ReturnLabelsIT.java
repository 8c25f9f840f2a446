package io.github.odooconnector.it.carrier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.ReturnLabelOptions;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.testkit.OdooVersion;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 17, returns: labels for Odoo return pickings and for deliveries, with the RMA. */
class ReturnLabelsIT {

  private CarrierScenario s;

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  static Stream<Arguments> versions() {
    return Stream.of(
        Arguments.of(OdooVersion.V17, Protocol.JSONRPC),
        Arguments.of(OdooVersion.V18, Protocol.JSONRPC),
        Arguments.of(OdooVersion.V19, Protocol.JSON2));
  }

  private long shippedDelivery() {
    long lamp = s.product("Desk Lamp", "LAMP-1", 1.2, 40, null, null);
    long delivery = s.delivery("base.be", List.of(lamp));
    s.shipping.shopRates(delivery);
    s.shipping.buyLabel(delivery);
    s.validate(delivery);
    return delivery;
  }

  @ParameterizedTest(name = "Odoo {0} over {1}")
  @MethodSource("versions")
  void aReturnPickingMadeWithOdoosWizardGetsAReturnLabelUnderItsRmaAndIsEmailed(
      OdooVersion version, Protocol protocol) {
    s = new CarrierScenario(version, protocol);
    long delivery = shippedDelivery();
    long returnPicking = s.odooReturn(delivery);

    LabelResult label =
        s.shipping.buyReturnLabel(
            returnPicking, ReturnLabelOptions.builder().emailCustomer(true).build());

    String rma = s.picking(returnPicking).string("name").orElseThrow();
    ShipmentRequest request =
        s.swiftpost.createRequests().get(s.swiftpost.createRequests().size() - 1);
    assertThat(request.isReturn()).isTrue();
    assertThat(request.returnDetails().rmaReference()).isEqualTo(rma);
    assertThat(request.returnDetails().originalTrackingNumber())
        .isEqualTo(s.picking(delivery).string("carrier_tracking_ref").orElseThrow());
    assertThat(request.shipFrom().name()).isEqualTo("Acme Retail");
    assertThat(s.picking(returnPicking).string("carrier_tracking_ref"))
        .contains(label.trackingRef());
    assertThat(s.attachments(returnPicking))
        .extracting(a -> a.string("name").orElse(""))
        .containsExactly("ReturnLabel-swiftpost-" + label.trackingRef() + ".pdf");
    List<OdooRecord> emails =
        s.client.searchRead(
            "mail.message",
            Domain.and(
                Domain.where("model", "=", "stock.picking"),
                Domain.where("res_id", "=", returnPicking),
                Domain.where("subject", "=", "Your return label " + rma)),
            List.of("partner_ids", "attachment_ids"),
            SearchOptions.defaults());
    assertThat(emails)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.ids("partner_ids")).hasSize(1);
              assertThat(m.ids("attachment_ids")).containsExactlyElementsOf(label.attachmentIds());
            });
    assertThat(s.shipping.buyReturnLabel(returnPicking).replayed()).isTrue();
  }

  @Test
  void aDeliveryCarriesItsReturnLabelBesideTheOutboundOneUnderTheGivenRma() {
    s = new CarrierScenario();
    long lamp = s.product("Desk Lamp", "LAMP-1", 1.2, 40, null, null);
    long delivery = s.delivery("base.be", List.of(lamp));
    s.shipping.shopRates(delivery);
    LabelResult outbound = s.shipping.buyLabel(delivery);

    LabelResult returnLabel =
        s.shipping.buyReturnLabel(
            delivery, ReturnLabelOptions.builder().rmaReference("RMA-42").build());

    assertThat(s.picking(delivery).string("carrier_tracking_ref")).contains(outbound.trackingRef());
    assertThat(returnLabel.trackingRef()).isNotEqualTo(outbound.trackingRef());
    assertThat(s.attachments(delivery))
        .extracting(a -> a.string("name").orElse(""))
        .contains("ReturnLabel-swiftpost-" + returnLabel.trackingRef() + ".pdf");
    assertThat(s.chatter(delivery)).anyMatch(m -> m.contains("Return label (RMA RMA-42)"));
    assertThat(s.swiftpost.labelsPurchased()).isEqualTo(2);
  }
}
