package io.github.odooconnector.carrier.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierAdapterProvider;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.model.ShipmentOption;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class RestCarrierAdapterProviderTest {

  @Test
  void isDiscoverableThroughServiceLoaderAndBuildsAConfiguredAdapter() {
    CarrierAdapterProvider provider =
        ServiceLoader.load(CarrierAdapterProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.type().equals("rest-json"))
            .findFirst()
            .orElseThrow();

    CarrierAdapter adapter =
        provider.create(
            Map.of(
                "carrier-code",
                "acme",
                "display-name",
                "Acme",
                "base-url",
                "https://api.acme.example/v1",
                "services",
                "STD:Standard:domestic; EXP:Express:intl",
                "label-formats",
                "pdf,zpl",
                "idempotent-create",
                "true",
                "auth-header",
                "Authorization",
                "auth-value",
                "Bearer s3cr3t",
                "status.DLV",
                "delivered",
                "field.rate.amount",
                "/price"));

    assertThat(adapter).isInstanceOf(RestCarrierAdapter.class);
    assertThat(adapter.capabilities().services()).hasSize(2);
    assertThat(adapter.capabilities().international()).isTrue();
    assertThat(adapter.capabilities().idempotentCreate()).isTrue();
    assertThat(adapter.capabilities().labelFormats())
        .containsExactlyInAnyOrder(LabelFormat.PDF, LabelFormat.ZPL);
    assertThat(adapter.toString()).doesNotContain("s3cr3t");
  }

  @Test
  void badSettingsAreNamedWithoutEchoingSecrets() {
    RestCarrierAdapterProvider provider = new RestCarrierAdapterProvider();
    assertThatThrownBy(
            () ->
                provider.create(
                    Map.of("carrier-code", "acme", "services", "STD:Standard:domestic")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'base-url'");
    assertThatThrownBy(
            () ->
                provider.create(
                    Map.of(
                        "carrier-code",
                        "acme",
                        "base-url",
                        "https://x",
                        "services",
                        "STD-Standard")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("STD-Standard");
    assertThatThrownBy(
            () ->
                provider.create(
                    Map.of(
                        "carrier-code",
                        "acme",
                        "base-url",
                        "https://x",
                        "services",
                        "STD:S:domestic",
                        "auth-header",
                        "Authorization")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'auth-value' is required");
    assertThatThrownBy(
            () ->
                provider.create(
                    Map.of(
                        "carrier-code",
                        "acme",
                        "base-url",
                        "https://x",
                        "services",
                        "STD:S:domestic",
                        "status.X",
                        "lost-in-space")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lost-in-space");
  }

  @Test
  void theNewCapabilitiesAreSettingsAndTypoedOnesAreNamed() {
    RestCarrierAdapterProvider provider = new RestCarrierAdapterProvider();
    Map<String, String> base =
        Map.of(
            "carrier-code", "acme",
            "base-url", "https://api.acme.example/v1",
            "services", "EXP:Express:intl",
            "options", "signature, insurance",
            "dimensional-divisor", "5000",
            "one-parcel-per-shipment", "true",
            "manifests", "true",
            "refund-after-manifest", "true",
            "return-labels", "true");

    CarrierAdapter adapter = provider.create(base);

    assertThat(adapter.capabilities().supportedOptions())
        .containsExactlyInAnyOrder(ShipmentOption.SIGNATURE, ShipmentOption.INSURANCE);
    assertThat(adapter.capabilities().dimensionalDivisor()).isEqualByComparingTo("5000");
    assertThat(adapter.capabilities().oneParcelPerShipment()).isTrue();
    assertThat(adapter.capabilities().manifests()).isTrue();
    assertThat(adapter.capabilities().refundAfterManifest()).isTrue();
    assertThat(adapter.capabilities().returnLabels()).isTrue();
    assertThat(adapter.capabilities().proofOfDelivery()).isFalse();
    Map<String, String> typo = new HashMap<>(base);
    typo.put("options", "saturday");
    assertThatThrownBy(() -> provider.create(typo))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown shipment option 'saturday'");
    typo.put("options", "");
    typo.put("manifests", "yes");
    assertThatThrownBy(() -> provider.create(typo))
        .hasMessageContaining("setting 'manifests' must be true or false");
  }
}
