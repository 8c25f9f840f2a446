package io.github.odooconnector.carrier.api;

import io.github.odooconnector.carrier.spi.Manifest;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of closing a day at a carrier account.
 *
 * <p>Immutable and thread-safe.
 *
 * @param carrierCode the carrier
 * @param shipDate the day closed
 * @param manifest the manifest created, or {@code null} when there was nothing left to hand over
 * @param pickingIds the pickings whose shipments it covers
 * @param attachmentIds the manifest documents attached to those pickings
 * @param replayed true when the manifest had already been created under the same key
 */
public record ManifestResult(
    String carrierCode,
    LocalDate shipDate,
    Manifest manifest,
    List<Long> pickingIds,
    List<Long> attachmentIds,
    boolean replayed) {

  /**
   * Validates and copies the components.
   *
   * @param carrierCode carrier code
   * @param shipDate the day
   * @param manifest the manifest, or {@code null}
   * @param pickingIds covered pickings
   * @param attachmentIds attached documents
   * @param replayed whether replayed
   */
  public ManifestResult {
    Objects.requireNonNull(carrierCode, "carrierCode");
    Objects.requireNonNull(shipDate, "shipDate");
    pickingIds = List.copyOf(pickingIds);
    attachmentIds = List.copyOf(attachmentIds);
  }

  /**
   * The manifest.
   *
   * @return the manifest, empty when no shipment was left to hand over
   */
  public Optional<Manifest> optionalManifest() {
    return Optional.ofNullable(manifest);
  }
}
