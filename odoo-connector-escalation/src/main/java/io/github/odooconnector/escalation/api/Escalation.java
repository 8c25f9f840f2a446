package io.github.odooconnector.escalation.api;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The activity standing for an incident.
 *
 * <p>Immutable and thread-safe.
 *
 * @param activityId the {@code mail.activity} id
 * @param created false when the incident had been escalated before and the existing activity was
 *     returned
 * @param deadline the activity's due date
 * @param assignee the user it is assigned to, or null when no rule matched and no default is set
 */
public record Escalation(long activityId, boolean created, LocalDate deadline, Long assignee) {

  /**
   * The assignee, if any.
   *
   * @return the user id
   */
  public Optional<Long> optionalAssignee() {
    return Optional.ofNullable(assignee);
  }
}
