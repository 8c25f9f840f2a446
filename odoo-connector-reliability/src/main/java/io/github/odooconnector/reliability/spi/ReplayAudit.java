package io.github.odooconnector.reliability.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One audit-trail entry written when an outbox entry was replayed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param eventId the replayed event
 * @param previousStatus the status the entry had before the replay ({@code DEAD} or {@code
 *     DELIVERED})
 * @param previousAttempts the attempts counter before the replay (reset to zero by the replay)
 * @param previousError the last error before the replay, if any; {@code null} when absent
 * @param requestedBy who asked for the replay
 * @param reason why
 * @param replayedAt when
 */
public record ReplayAudit(
    String eventId,
    OutboxStatus previousStatus,
    int previousAttempts,
    String previousError,
    String requestedBy,
    String reason,
    Instant replayedAt) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   * @param eventId see the record description
   * @param previousStatus see the record description
   * @param previousAttempts see the record description
   * @param previousError see the record description
   * @param requestedBy see the record description
   * @param reason see the record description
   * @param replayedAt see the record description
   */
  public ReplayAudit {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(previousStatus, "previousStatus");
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(replayedAt, "replayedAt");
  }

  /**
   * The {@code previousError} component as an {@link Optional}.
   *
   * @return the value, or empty when absent
   */
  public Optional<String> optionalPreviousError() {
    return Optional.ofNullable(previousError);
  }
}
