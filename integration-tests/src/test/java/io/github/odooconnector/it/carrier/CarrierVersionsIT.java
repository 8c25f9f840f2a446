package io.github.odooconnector.it.carrier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.TrackingOutcome;
import io.github.odooconnector.carrier.api.TrackingUpdate;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.testkit.OdooVersion;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The whole shipping flow on every supported Odoo version and wire protocol. */
class CarrierVersionsIT {

  static Stream<Arguments> versionsAndProtocols() {
    return Stream.of(
        Arguments.of(OdooVersion.V17, Protocol.JSONRPC),
        Arguments.of(OdooVersion.V17, Protocol.XMLRPC),
        Arguments.of(OdooVersion.V18, Protocol.JSONRPC),
        Arguments.of(OdooVersion.V19, Protocol.JSON2),
        Arguments.of(OdooVersion.V19, Protocol.XMLRPC));
  }

  @ParameterizedTest(name = "Odoo {0} over {1}")
  @MethodSource("versionsAndProtocols")
  void rateLabelAndTrackEndToEnd(OdooVersion version, Protocol protocol) {
    try (CarrierScenario s = new CarrierScenario(version, protocol)) {
      long picking = s.readyDelivery();

      assertThat(s.shipping.shopRates(picking).chosen().carrierCode()).isEqualTo("swiftpost");
      s.swiftpost.loseNextCreateResponses(1);
      LabelResult label = s.shipping.buyLabel(picking);
      String tn = label.trackingRef();
      TrackingEvent transit =
          s.swiftpost.scriptEvent(tn, "AR", CarrierScenario.NOW.plus(Duration.ofHours(3)), "Hub");
      TrackingEvent delivered =
          s.swiftpost.scriptEvent(tn, "DL", CarrierScenario.NOW.plus(Duration.ofHours(9)), null);
      List<TrackingUpdate> updates =
          s.shipping.handleTrackingWebhook(
              "swiftpost", s.swiftpost.webhook(List.of(delivered, transit, delivered)));

      assertThat(s.swiftpost.labelsPurchased()).isEqualTo(1);
      assertThat(updates)
          .extracting(TrackingUpdate::outcome)
          .containsExactly(
              TrackingOutcome.APPLIED, TrackingOutcome.APPLIED, TrackingOutcome.DUPLICATE);
      OdooRecord p = s.picking(picking);
      assertThat(p.many2one("carrier_id").map(Many2one::id)).contains(s.swiftpostCarrierId);
      assertThat(p.string("carrier_tracking_ref")).contains(tn);
      assertThat(p.datetime(CarrierScenario.DELIVERED_AT)).contains(delivered.occurredAt());
      assertThat(s.attachments(picking))
          .singleElement()
          .satisfies(
              a ->
                  assertThat(a.binary("datas").orElseThrow())
                      .isEqualTo(label.shipment().parcels().get(0).label().content()));
    }
  }
}
