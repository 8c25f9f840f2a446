package io.github.odooconnector.reliability.spi;

import java.util.Objects;

/**
 * A snapshot of an outbox's backlog, per status that needs watching, as returned by {@link
 * OutboxStore#stats()}: how many events wait, how many are being delivered, how many are dead, and
 * how old the oldest of each is. ({@code DELIVERED} entries are history; count them with {@link
 * OutboxStore#count(OutboxStatus)}.)
 *
 * <p>Immutable and thread-safe.
 *
 * @param pending {@link OutboxStatus#PENDING} entries (waiting for their first attempt or a retry)
 * @param inFlight {@link OutboxStatus#IN_FLIGHT} entries (claimed by a worker, including expired
 *     leases not yet taken over)
 * @param dead {@link OutboxStatus#DEAD} entries (dead letters, waiting for a person and a replay)
 */
public record OutboxStats(StatusStats pending, StatusStats inFlight, StatusStats dead) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   * @param pending see the record description
   * @param inFlight see the record description
   * @param dead see the record description
   */
  public OutboxStats {
    Objects.requireNonNull(pending, "pending");
    Objects.requireNonNull(inFlight, "inFlight");
    Objects.requireNonNull(dead, "dead");
  }
}
