package io.github.odooconnector.it.carrier;

import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierCapabilities;
import io.github.odooconnector.carrier.spi.CarrierShipment;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.ShipmentRequest;
import io.github.odooconnector.carrier.spi.TrackingResult;
import io.github.odooconnector.model.TrackingEvent;
import io.github.odooconnector.reliability.spi.WebhookRequest;
import java.util.List;
import java.util.Optional;

/** Forwards everything to another adapter; tests override single methods to misbehave. */
class DelegatingAdapter implements CarrierAdapter {
  private final CarrierAdapter delegate;

  DelegatingAdapter(CarrierAdapter delegate) {
    this.delegate = delegate;
  }

  @Override
  public CarrierCapabilities capabilities() {
    return delegate.capabilities();
  }

  @Override
  public List<Rate> rate(RateRequest request) {
    return delegate.rate(request);
  }

  @Override
  public CarrierShipment createShipment(ShipmentRequest request) {
    return delegate.createShipment(request);
  }

  @Override
  public Optional<CarrierShipment> findShipment(String idempotencyKey) {
    return delegate.findShipment(idempotencyKey);
  }

  @Override
  public void cancelShipment(String shipmentId) {
    delegate.cancelShipment(shipmentId);
  }

  @Override
  public TrackingResult track(String trackingNumber) {
    return delegate.track(trackingNumber);
  }

  @Override
  public List<TrackingEvent> parseTrackingWebhook(WebhookRequest webhook) {
    return delegate.parseTrackingWebhook(webhook);
  }
}
