package io.github.odooconnector.transport.api;

import java.util.List;
import java.util.Objects;

/**
 * What applying a proof of delivery did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pickingId the Odoo picking's id
 * @param picking the picking's name
 * @param attachmentIds the {@code ir.attachment} ids of the documents on the picking, in order
 * @param note the chatter note posted
 */
public record DeliveryOutcome(
    long pickingId, String picking, List<Long> attachmentIds, String note) {

  /**
   * Checks and copies the components.
   *
   * @param pickingId see the record description
   * @param picking see the record description
   * @param attachmentIds see the record description
   * @param note see the record description
   */
  public DeliveryOutcome {
    Objects.requireNonNull(picking, "picking");
    Objects.requireNonNull(note, "note");
    attachmentIds = List.copyOf(attachmentIds);
  }
}
