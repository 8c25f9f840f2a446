package io.github.odooconnector.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.model.BusinessEvent;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.testsupport.NoopWms;
import io.github.odooconnector.wms.api.BatchReport;
import io.github.odooconnector.wms.api.ReconciliationPolicy;
import io.github.odooconnector.wms.api.ReleaseMarker;
import io.github.odooconnector.wms.api.WmsIntegration;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import io.github.odooconnector.wms.internal.TableOdooAccess;
import io.github.odooconnector.wms.spi.InvalidWmsMessageException;
import io.github.odooconnector.wms.spi.InventoryPageRequest;
import io.github.odooconnector.wms.spi.PickConfirmation;
import io.github.odooconnector.wms.spi.PickedLine;
import io.github.odooconnector.wms.spi.UnsupportedWmsOperationException;
import io.github.odooconnector.wms.spi.WmsAuthenticationException;
import io.github.odooconnector.wms.spi.WmsCapabilities;
import io.github.odooconnector.wms.spi.WmsEventTypes;
import io.github.odooconnector.wms.spi.WmsException;
import io.github.odooconnector.wms.spi.WmsFeature;
import io.github.odooconnector.wms.spi.WmsOutcomeUnknownException;
import io.github.odooconnector.wms.spi.WmsRateLimitedException;
import io.github.odooconnector.wms.spi.WmsRejectedException;
import io.github.odooconnector.wms.spi.WmsUnavailableException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WmsApiTest {

  @Test
  void pickConfirmationTellsShortPicksAndSubstitutions() {
    PickedLine full =
        new PickedLine(
            "1", Sku.of("A"), Quantity.pieces(2), Sku.of("A"), Quantity.pieces(2), null, null);
    PickedLine shortLine =
        new PickedLine(
            "2", Sku.of("B"), Quantity.pieces(3), Sku.of("B"), Quantity.pieces(1), null, List.of());
    PickedLine substituted =
        new PickedLine(
            "3", Sku.of("C"), Quantity.pieces(1), Sku.of("D"), Quantity.pieces(1), null, List.of());

    assertThat(full.isShort()).isFalse();
    assertThat(shortLine.isShort()).isTrue();
    assertThat(substituted.isSubstitution()).isTrue();
    assertThat(
            new PickConfirmation("WH/OUT/1", List.of(full, shortLine), Instant.EPOCH)
                .hasShortPicks())
        .isTrue();
    assertThat(new PickConfirmation("WH/OUT/1", List.of(full), Instant.EPOCH).hasSubstitutions())
        .isFalse();
    assertThat(full.serialNumbers()).isEmpty();
  }

  @Test
  void exceptionHierarchySaysWhatToRetry() {
    List<WmsException> retryable =
        List.of(
            new WmsUnavailableException("down"),
            new WmsOutcomeUnknownException("lost"),
            new WmsRateLimitedException("slow down", null));
    List<WmsException> permanent =
        List.of(
            new WmsRejectedException("no"),
            new InvalidWmsMessageException("bad"),
            new UnsupportedWmsOperationException("nope"),
            new WmsAuthenticationException("who?"),
            new WmsWorkflowException("picking is cancelled"));
    assertThat(retryable).allMatch(WmsException::isRetryable);
    assertThat(permanent).noneMatch(WmsException::isRetryable);
    assertThat(new WmsOutcomeUnknownException("x")).isInstanceOf(WmsUnavailableException.class);
  }

  @Test
  void releaseMarkerRejectsInvalidFieldNamesAndWritesTheRightValue() {
    assertThatThrownBy(() -> ReleaseMarker.charField("x-wms ref"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x-wms ref");
    assertThat(ReleaseMarker.charField("x_wms_ref").valueFor("ACME-1")).isEqualTo("ACME-1");
    assertThat(ReleaseMarker.booleanField("x_wms_released").valueFor("ACME-1"))
        .isEqualTo(Boolean.TRUE);
  }

  @Test
  void capabilitiesAndPagingValidateTheirInput() {
    WmsCapabilities caps = new WmsCapabilities(Set.of(WmsFeature.POLLING), 10);
    assertThat(caps.supports(WmsFeature.POLLING)).isTrue();
    assertThat(caps.supports(WmsFeature.WEBHOOKS)).isFalse();
    assertThatThrownBy(() -> new WmsCapabilities(Set.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InventoryPageRequest.first("WH", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReconciliationPolicy.adjustWithin(new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void batchReportIsPendingOnlyWithARetryableFailure() {
    assertThat(
            new BatchReport(
                    List.of("a"), List.of(), List.of(new BatchReport.Failure("b", "x", false)))
                .hasPending())
        .isFalse();
    assertThat(
            new BatchReport(List.of(), List.of(), List.of(new BatchReport.Failure("b", "x", true)))
                .hasPending())
        .isTrue();
  }

  @Test
  void builderNeedsAnOdooClientAndAnAdapter() {
    assertThatThrownBy(() -> WmsIntegration.builder().adapter(new NoopWms()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("odoo");
    assertThatThrownBy(() -> WmsIntegration.builder().adapter("carrier-pigeon", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carrier-pigeon");
  }

  @Test
  void anUnknownAdapterTypeFailsBeforeBuildNamingTheTypesOnTheClassPath() {
    WmsIntegration.Builder builder = WmsIntegration.builder().odoo(new TableOdooAccess().client());

    assertThatThrownBy(() -> builder.adapter("nope", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nope'")
        .hasMessageContaining("available: [rest]");
  }

  @Test
  void eventsWithAnUnknownTypeOrTheWrongPayloadAreRejected() {
    WmsIntegration wms =
        WmsIntegration.builder()
            .odoo(new TableOdooAccess().client())
            .adapter(new NoopWms())
            .build();
    BusinessEvent<String> unknown =
        BusinessEvent.of("wms.order.teleported", "wms:noop", Instant.EPOCH, "x");
    BusinessEvent<String> wrongPayload =
        BusinessEvent.of(WmsEventTypes.ORDER_SHIPPED, "wms:noop", Instant.EPOCH, "not a shipment");

    assertThatThrownBy(() -> wms.apply(unknown))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("wms.order.teleported");
    assertThatThrownBy(() -> wms.apply(wrongPayload))
        .isInstanceOf(InvalidWmsMessageException.class)
        .hasMessageContaining("must carry a Shipment");
    assertThatThrownBy(wms::sendPendingAdvanceShipNotices)
        .isInstanceOf(UnsupportedWmsOperationException.class);
    assertThatThrownBy(wms::processInbox)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inboxStore");
  }
}
