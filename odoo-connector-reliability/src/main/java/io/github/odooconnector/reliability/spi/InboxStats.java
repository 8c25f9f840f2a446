package io.github.odooconnector.reliability.spi;

import java.util.Objects;

/**
 * A snapshot of a webhook inbox's backlog, per status that needs watching, as returned by {@link
 * InboxStore#stats()}: how many messages wait, how many are being processed, how many failed for
 * good, and how old the oldest of each is. ({@code PROCESSED} messages are history; count them with
 * {@link InboxStore#count(InboxStatus)}.)
 *
 * <p>Immutable and thread-safe.
 *
 * @param received {@link InboxStatus#RECEIVED} messages (pending: waiting for processing or a
 *     retry)
 * @param processing {@link InboxStatus#PROCESSING} messages (in flight: claimed by a processor,
 *     including expired leases not yet taken over)
 * @param failed {@link InboxStatus#FAILED} messages (parked with their error, waiting for a person)
 */
public record InboxStats(StatusStats received, StatusStats processing, StatusStats failed) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   * @param received see the record description
   * @param processing see the record description
   * @param failed see the record description
   */
  public InboxStats {
    Objects.requireNonNull(received, "received");
    Objects.requireNonNull(processing, "processing");
    Objects.requireNonNull(failed, "failed");
  }
}
