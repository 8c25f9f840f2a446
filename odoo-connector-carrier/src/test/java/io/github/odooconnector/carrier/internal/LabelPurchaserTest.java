package io.github.odooconnector.carrier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.CarrierOutcomeUnknownException;
import io.github.odooconnector.carrier.spi.CarrierRequestRejectedException;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.CarrierUnavailableException;
import io.github.odooconnector.carrier.spi.LabelDocument;
import io.github.odooconnector.carrier.spi.LabelFormat;
import io.github.odooconnector.carrier.spi.ParcelLabel;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.ServiceLevel;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.carrier.spi.TrackingResult;
import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Weight;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelPurchaserTest {

  private static final ShipmentRequest REQUEST =
      ShipmentRequest.builder("label:42", "EXP")
          .reference("WH/OUT/42")
          .route(
              Party.of("WH", Address.of("Main St 1", "Berlin", "10115", "DE")),
              Party.of("Bob", Address.of("Elm St 2", "Hamburg", "20095", "DE")))
          .parcels(List.of(Parcel.builder().parcelId("P1").weight(Weight.kilograms("2")).build()))
          .build();

  /** An adapter whose create calls follow a script: each step either fails or buys. */
  private static final class ScriptedAdapter implements CarrierAdapter {
    final Deque<RuntimeException> failures = new ArrayDeque<>();
    final boolean idempotent;
    final boolean canFind;
    int calls;
    int purchases;
    CarrierShipment bought;

    ScriptedAdapter(boolean idempotent, boolean canFind) {
      this.idempotent = idempotent;
      this.canFind = canFind;
    }

    @Override
    public CarrierCapabilities capabilities() {
      return CarrierCapabilities.builder("scripted")
          .service(new ServiceLevel("EXP", "Express", false))
          .labelFormats(LabelFormat.PDF)
          .idempotentCreate(idempotent)
          .build();
    }

    @Override
    public List<Rate> rate(RateRequest request) {
      return List.of();
    }

    @Override
    public CarrierShipment createShipment(ShipmentRequest request) {
      calls++;
      RuntimeException next = failures.poll();
      boolean lostAfterBuying = next instanceof CarrierOutcomeUnknownException;
      if (next != null && !lostAfterBuying) {
        throw next;
      }
      if (bought == null || !idempotent) {
        purchases++;
        bought =
            new CarrierShipment(
                "scripted",
                "S" + purchases,
                "EXP",
                List.of(
                    new ParcelLabel(
                        "T" + purchases, new LabelDocument(LabelFormat.PDF, new byte[] {1}))),
                null);
      }
      if (lostAfterBuying) {
        throw next;
      }
      return bought;
    }

    @Override
    public Optional<CarrierShipment> findShipment(String idempotencyKey) {
      return canFind ? Optional.ofNullable(bought) : Optional.empty();
    }

    @Override
    public TrackingResult track(String trackingNumber) {
      throw new UnsupportedOperationException();
    }
  }

  private final LabelPurchaser purchaser =
      new LabelPurchaser(RetrySettings.fixed(3, Duration.ZERO));

  @Test
  void lostResponseIsRecoveredByLookingTheShipmentUpWithoutBuyingAgain() {
    ScriptedAdapter adapter = new ScriptedAdapter(false, true);
    adapter.failures.add(new CarrierOutcomeUnknownException("scripted", "lost", null));

    CarrierShipment shipment = purchaser.purchase(adapter, REQUEST);

    assertThat(shipment.trackingNumbers()).containsExactly("T1");
    assertThat(adapter.purchases).isEqualTo(1);
    assertThat(adapter.calls).isEqualTo(1);
  }

  @Test
  void lostResponseIsRetriedWithTheSameKeyWhenTheCarrierDeduplicates() {
    ScriptedAdapter adapter = new ScriptedAdapter(true, false);
    adapter.failures.add(new CarrierOutcomeUnknownException("scripted", "lost", null));

    CarrierShipment shipment = purchaser.purchase(adapter, REQUEST);

    assertThat(shipment.shipmentId()).isEqualTo("S1");
    assertThat(adapter.purchases).isEqualTo(1);
    assertThat(adapter.calls).isEqualTo(2);
  }

  @Test
  void lostResponseIsNotRetriedWhenARetryCouldBuyASecondLabel() {
    ScriptedAdapter adapter = new ScriptedAdapter(false, false);
    adapter.failures.add(new CarrierOutcomeUnknownException("scripted", "lost", null));

    assertThatThrownBy(() -> purchaser.purchase(adapter, REQUEST))
        .isInstanceOf(CarrierOutcomeUnknownException.class);
    assertThat(adapter.calls).isEqualTo(1);
  }

  @Test
  void transientFailuresBeforeBuyingAreRetriedUpToTheLimit() {
    ScriptedAdapter adapter = new ScriptedAdapter(false, false);
    adapter.failures.add(new CarrierUnavailableException("scripted", "503", null, null));
    adapter.failures.add(new CarrierUnavailableException("scripted", "503", null, null));
    assertThat(purchaser.purchase(adapter, REQUEST).shipmentId()).isEqualTo("S1");
    assertThat(adapter.calls).isEqualTo(3);

    ScriptedAdapter down = new ScriptedAdapter(false, false);
    for (int i = 0; i < 3; i++) {
      down.failures.add(new CarrierUnavailableException("scripted", "503", null, null));
    }
    assertThatThrownBy(() -> purchaser.purchase(down, REQUEST))
        .isInstanceOf(CarrierUnavailableException.class);
    assertThat(down.calls).isEqualTo(3);
    assertThat(down.purchases).isZero();
  }

  @Test
  void permanentFailuresAreNotRetried() {
    ScriptedAdapter adapter = new ScriptedAdapter(true, true);
    adapter.failures.add(
        new CarrierRequestRejectedException("scripted", "bad zip", "E1", List.of()));
    assertThatThrownBy(() -> purchaser.purchase(adapter, REQUEST))
        .isInstanceOf(CarrierRequestRejectedException.class);
    assertThat(adapter.calls).isEqualTo(1);
  }

  @Test
  void adapterBugsSurfaceAsCarrierExceptionsNamingTheCarrier() {
    ScriptedAdapter adapter = new ScriptedAdapter(true, true);
    adapter.failures.add(new IllegalStateException("NPE-ish"));
    assertThatThrownBy(() -> purchaser.purchase(adapter, REQUEST))
        .isInstanceOf(CarrierException.class)
        .hasMessageContaining("scripted")
        .hasMessageContaining("outcome of the purchase is unknown");
  }
}
