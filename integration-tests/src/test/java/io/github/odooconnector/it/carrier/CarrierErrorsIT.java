package io.github.odooconnector.it.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.api.ShippingIntegration;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.mapping.MappingException;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.model.TrackingStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the shipping facade does with bad data, bad configuration and failing dependencies: a typed
 * error naming what is wrong, raised before anything is written to Odoo, with lower-layer failures
 * chained as the cause.
 */
class CarrierErrorsIT {

  private CarrierScenario s;

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  // ------------------------------------------------------------------ addresses

  @Test
  void rateShoppingOnAFreshOdooNamesTheCompanyAndTheAddressFieldItLacks() {
    s = CarrierScenario.withSeededCompanyAddress();
    long picking = s.readyDelivery();

    assertThatThrownBy(() -> s.shipping.shopRates(picking))
        .isInstanceOf(ShippingWorkflowException.class)
        .hasMessageContaining("res.company YourCompany")
        .hasMessageContaining("res.partner(" + s.odoo.ref("base.main_partner") + ").country_id")
        .hasCauseInstanceOf(MappingException.class)
        .satisfies(e -> assertThat(((CarrierException) e).isRetryable()).isFalse());
    assertThat(s.picking(picking).many2one("carrier_id")).isEmpty();
  }

  @Test
  void aCustomerWithoutCountryIsATypedErrorNamingThePartnerAndItsCountryField() {
    s = new CarrierScenario();
    long picking = s.readyDelivery(null);
    OdooRecord read =
        s.client.read("stock.picking", List.of(picking), List.of("name", "partner_id")).get(0);
    long partner = read.many2one("partner_id").map(Many2one::id).orElseThrow();
    String name = read.string("name").orElseThrow();

    assertThatThrownBy(() -> s.shipping.shopRates(picking))
        .isInstanceOf(ShippingWorkflowException.class)
        .hasMessageContaining("stock.picking " + name + " partner_id")
        .hasMessageContaining("res.partner(" + partner + ").country_id")
        .hasCauseInstanceOf(MappingException.class);
    assertThat(s.picking(picking).many2one("carrier_id")).isEmpty();
  }

  // ------------------------------------------------------------------ configuration

  private ShippingIntegration.Builder builder() {
    return ShippingIntegration.builder().odoo(s.client).idempotencyStore(s.idempotencyStore);
  }

  // ------------------------------------------------------------------ rate selection

  // ------------------------------------------------------------------ failing dependencies

  // ------------------------------------------------------------------ inbound tracking

  private String labelledPicking(long picking) {
    s.shipping.shopRates(picking);
    return s.shipping.buyLabel(picking).trackingRef();
  }

  /** An event the canonical constructor accepts but validation does not: no tracking number. */
  private static TrackingEvent withoutTrackingNumber(Instant at) {
    return new TrackingEvent(
        null, "swiftpost", TrackingStatus.EXCEPTION, "XX", null, at, null, null, null, null, null);
  }
}
