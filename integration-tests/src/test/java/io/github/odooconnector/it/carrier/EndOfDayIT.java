package io.github.odooconnector.it.carrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.ManifestResult;
import io.github.odooconnector.carrier.api.PickupBooking;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.api.VoidResult;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 17, manifests (end-of-day close, void after manifest) and pickups as workflows. */
class EndOfDayIT {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private CarrierScenario s;

  @AfterEach
  void close() {
    if (s != null) {
      s.close();
    }
  }

  private long labelled() {
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);
    s.shipping.buyLabel(picking);
    return picking;
  }

  @Test
  void closingTheDayManifestsTheDaysLabelsOnceAndAttachesTheManifestToTheirPickings() {
    s = new CarrierScenario();
    long first = labelled();
    long second = labelled();

    ManifestResult closed = s.shipping.closeDay("swiftpost", TODAY);

    assertThat(closed.optionalManifest()).isPresent();
    assertThat(closed.manifest().shipmentIds()).hasSize(2);
    assertThat(closed.pickingIds()).containsExactlyInAnyOrder(first, second);
    for (long picking : List.of(first, second)) {
      assertThat(s.attachments(picking))
          .extracting(a -> a.string("name").orElse(""))
          .contains("Manifest-swiftpost-" + closed.manifest().manifestId() + ".pdf");
      assertThat(s.chatter(picking)).anyMatch(m -> m.contains("End-of-day close at SwiftPost"));
    }
    assertThat(s.shipping.closeDay("swiftpost", TODAY).optionalManifest())
        .as("nothing left to close")
        .isEmpty();
    assertThat(s.swiftpost.manifests()).hasSize(1);

    long third = labelled();
    ManifestResult later = s.shipping.closeDay("swiftpost", TODAY);
    assertThat(later.pickingIds()).containsExactly(third);
    assertThat(s.swiftpost.manifests()).hasSize(2);
  }

  @Test
  void aVoidAfterTheManifestBecomesARefundRequestAtACarrierThatNeedsOne() {
    s = new CarrierScenario(b -> b.refundAfterManifest(true), b -> b, sc -> {});
    long picking = s.readyDelivery();
    s.shipping.shopRates(picking);
    LabelResult label = s.shipping.buyLabel(picking);
    s.shipping.closeDay("swiftpost", TODAY);

    VoidResult voided = s.shipping.voidLabel(picking);

    String shipment = label.shipment().shipmentId();
    assertThat(voided.refunds())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.shipmentId()).isEqualTo(shipment);
              assertThat(r.status()).isEqualTo("submitted");
            });
    assertThat(s.swiftpost.refunds()).containsKey(shipment);
    assertThat(s.swiftpost.isCancelled(shipment)).isFalse();
    assertThat(s.picking(picking).string("carrier_tracking_ref")).isEmpty();
    assertThat(s.chatter(picking)).anyMatch(m -> m.contains("Refund requested instead of a void"));
    assertThat(s.shipping.buyLabel(picking).replayed())
        .as("the refunded label is retired: a new one is bought")
        .isFalse();
  }

  @Test
  void aVoidAfterTheManifestIsAPlainVoidWhereTheCarrierAllowsIt() {
    s = new CarrierScenario();
    long picking = labelled();
    s.shipping.closeDay("swiftpost", TODAY);

    VoidResult voided = s.shipping.voidLabel(picking);

    assertThat(voided.refunds()).isEmpty();
    assertThat(s.swiftpost.isCancelled(voided.shipment().shipmentId())).isTrue();
  }

  @Test
  void theDaysPickupIsBookedOnceChangedAndCancelledWithNotesOnItsPickings() {
    s = new CarrierScenario();
    long first = labelled();
    long second = labelled();

    PickupBooking booked =
        s.shipping.bookPickup("swiftpost", TODAY, LocalTime.of(14, 0), LocalTime.of(17, 0));
    PickupBooking again =
        s.shipping.bookPickup("swiftpost", TODAY, LocalTime.of(14, 0), LocalTime.of(17, 0));

    assertThat(booked.status()).isEqualTo(PickupBooking.Status.BOOKED);
    assertThat(booked.shipmentIds()).hasSize(2);
    assertThat(booked.pickingIds()).containsExactlyInAnyOrder(first, second);
    assertThat(again.confirmationNumber()).isEqualTo(booked.confirmationNumber());
    assertThat(s.swiftpost.openPickups()).containsOnlyKeys(booked.confirmationNumber());
    assertThat(s.chatter(first)).anyMatch(m -> m.contains("Pickup booked with SwiftPost"));

    PickupBooking changed =
        s.shipping.changePickup("swiftpost", TODAY, LocalTime.of(15, 0), LocalTime.of(18, 0));

    assertThat(changed.status()).isEqualTo(PickupBooking.Status.CHANGED);
    assertThat(changed.readyFrom()).isEqualTo(LocalTime.of(15, 0));
    assertThat(s.swiftpost.openPickups()).containsOnlyKeys(changed.confirmationNumber());
    assertThat(s.chatter(second)).anyMatch(m -> m.contains("Pickup changed with SwiftPost"));

    PickupBooking cancelled = s.shipping.cancelPickup("swiftpost", TODAY);

    assertThat(cancelled.status()).isEqualTo(PickupBooking.Status.CANCELLED);
    assertThat(s.swiftpost.openPickups()).isEmpty();
    assertThat(s.chatter(first)).anyMatch(m -> m.contains("Pickup cancelled with SwiftPost"));
    assertThatThrownBy(() -> s.shipping.cancelPickup("swiftpost", TODAY))
        .isInstanceOf(ShippingWorkflowException.class)
        .hasMessageContaining("no pickup is booked");
  }
}
