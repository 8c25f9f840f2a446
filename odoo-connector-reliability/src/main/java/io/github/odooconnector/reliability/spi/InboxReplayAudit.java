package io.github.odooconnector.reliability.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One audit-trail entry written when an inbox message was replayed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the sending system
 * @param eventId the replayed message's id
 * @param previousStatus the status the message had before the replay ({@code FAILED} or {@code
 *     PROCESSED})
 * @param previousAttempts the attempts counter before the replay (reset to zero by the replay)
 * @param previousError the last error before the replay; {@code null} when there was none
 * @param requestedBy who asked for the replay
 * @param reason why
 * @param replayedAt when
 */
public record InboxReplayAudit(
    String source,
    String eventId,
    InboxStatus previousStatus,
    int previousAttempts,
    String previousError,
    String requestedBy,
    String reason,
    Instant replayedAt) {

  /**
   * Validates the components.
   *
   * @throws NullPointerException if a required component is null
   * @param source see the record description
   * @param eventId see the record description
   * @param previousStatus see the record description
   * @param previousAttempts see the record description
   * @param previousError see the record description
   * @param requestedBy see the record description
   * @param reason see the record description
   * @param replayedAt see the record description
   */
  public InboxReplayAudit {
    Objects.requireNonNull(source, "source");
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
