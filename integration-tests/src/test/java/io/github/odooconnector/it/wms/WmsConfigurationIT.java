package io.github.odooconnector.it.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.OdooAuthenticationException;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.mapping.MappingException;
import io.github.odooconnector.wms.api.ReleaseMarker;
import io.github.odooconnector.wms.api.WmsConfigurationException;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Misconfiguration fails when the integration is built, with a message saying how to fix it, and
 * only the facade's documented exception types leave it.
 */
class WmsConfigurationIT {

  private WmsScenario s;

  @BeforeEach
  void start() {
    s = new WmsScenario();
  }

  @AfterEach
  void stop() {
    s.close();
  }

  @Test
  void releasingAPickingThatDoesNotExistIsAWmsExceptionCarryingTheMappingError() {
    assertThatThrownBy(() -> s.integration.releasePicking(999_999))
        .isInstanceOf(WmsWorkflowException.class)
        .hasMessageContaining("stock.picking(999999)")
        .hasMessageContaining("does not exist")
        .hasCauseInstanceOf(MappingException.class);
    assertThatThrownBy(() -> s.integration.updateRelease(999_999))
        .isInstanceOf(WmsWorkflowException.class)
        .hasCauseInstanceOf(MappingException.class);
  }

  @Test
  void aReleaseMarkerFieldMissingInOdooFailsTheBuildSayingHowToCreateIt() {
    assertThatThrownBy(
            () -> s.newIntegrationWith(b -> b.releaseMarker(ReleaseMarker.charField("x_wms_id"))))
        .isInstanceOf(WmsConfigurationException.class)
        .hasMessageContaining("stock.picking")
        .hasMessageContaining("'x_wms_id'")
        .hasMessageContaining("Settings > Technical > Fields")
        .hasMessageContaining("Studio")
        .hasMessageContaining("CustomField");
  }

  @Test
  void anAsnMarkerFieldMissingInOdooFailsTheBuildToo() {
    assertThatThrownBy(
            () -> s.newIntegrationWith(b -> b.asnMarker(ReleaseMarker.charField("x_asn_ref"))))
        .isInstanceOf(WmsConfigurationException.class)
        .hasMessageContaining("'x_asn_ref'");
  }

  @Test
  void aBooleanMarkerOnACharFieldFailsTheBuildNamingBothTypes() {
    assertThatThrownBy(
            () ->
                s.newIntegrationWith(
                    b -> b.releaseMarker(ReleaseMarker.booleanField(WmsScenario.MARKER))))
        .isInstanceOf(WmsConfigurationException.class)
        .hasMessageContaining(WmsScenario.MARKER)
        .hasMessageContaining("char")
        .hasMessageContaining("boolean");
  }

  @Test
  void whenOdooCannotBeAskedAtBuildTheMarkerIsCheckedOnFirstUseNotLeftToAnOdooError() {
    s.odoo.faults().onlyFor("stock.picking", "fields_get").failNext(1);
    WmsIntegration integration =
        s.newIntegrationWith(b -> b.releaseMarker(ReleaseMarker.charField("x_wms_id")));
    long pickingId =
        s.outgoingPickingOf(
            s.confirmedSaleOrder(s.customer(), Map.of("product.product_desk", 1.0)));

    assertThatThrownBy(() -> integration.releasePicking(pickingId))
        .isInstanceOf(WmsConfigurationException.class)
        .hasMessageContaining("'x_wms_id'");
    assertThat(s.wms.orders()).as("nothing was released").isEmpty();
  }

  @Test
  void credentialsOdooRefusesFailTheBuildAsAConfigurationErrorWithTheCause() {
    try (OdooClient wrongPassword =
        OdooClient.builder()
            .url(s.odoo.url())
            .database(s.odoo.database())
            .login(s.odoo.adminLogin())
            .password("not-the-password")
            .retry(RetrySettings.none())
            .build()) {
      assertThatThrownBy(() -> WmsIntegration.builder().odoo(wrongPassword).adapter(s.wms).build())
          .isInstanceOf(WmsConfigurationException.class)
          .hasMessageContaining("cannot check the Odoo fields")
          .hasCauseInstanceOf(OdooAuthenticationException.class);
    }
  }
}
