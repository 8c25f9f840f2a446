package io.github.odooconnector.transport.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who received a load, when, and the carrier's evidence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param shipperReference the load's shipper reference (the Odoo picking's name)
 * @param loadId the TMS's load id, or null
 * @param deliveredAt when it was delivered
 * @param signedBy who signed for it, or null
 * @param exceptions what the consignee noted on delivery (shortage, damage), or null when clean
 * @param documents the evidence, possibly empty
 */
public record ProofOfDelivery(
    String shipperReference,
    String loadId,
    Instant deliveredAt,
    String signedBy,
    String exceptions,
    List<PodDocument> documents) {

  /**
   * Checks and copies the components.
   *
   * @param shipperReference see the record description
   * @param loadId see the record description
   * @param deliveredAt see the record description
   * @param signedBy see the record description
   * @param exceptions see the record description
   * @param documents see the record description
   */
  public ProofOfDelivery {
    requireText(shipperReference, "shipperReference");
    Objects.requireNonNull(deliveredAt, "deliveredAt");
    documents = List.copyOf(documents);
  }

  /**
   * The load id, if given.
   *
   * @return the id
   */
  public Optional<String> optionalLoadId() {
    return Optional.ofNullable(loadId);
  }

  /**
   * Who signed, if said.
   *
   * @return the name
   */
  public Optional<String> optionalSignedBy() {
    return Optional.ofNullable(signedBy);
  }

  /**
   * What the consignee noted, if anything.
   *
   * @return the note
   */
  public Optional<String> optionalExceptions() {
    return Optional.ofNullable(exceptions);
  }
}
