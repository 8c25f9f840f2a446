package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooRecord;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalLong;

/**
 * Opens {@code mail.activity} to-dos on pickings for a person (exception type, assigned to the
 * picking's responsible), at most one open activity per picking and summary. Thread-safe.
 */
final class Activities {

  private final PickingGateway odoo;
  private final String activityTypeXmlId;
  private final Clock clock;

  Activities(PickingGateway odoo, String activityTypeXmlId, Clock clock) {
    this.odoo = odoo;
    this.activityTypeXmlId = activityTypeXmlId;
    this.clock = clock;
  }

  /** Opens the activity unless one with the same summary is open; returns its id. */
  long open(OdooRecord picking, String summary, String text) {
    return odoo.activityWithSummary(picking.id(), summary)
        .orElseGet(
            () -> {
              OdooRecord withUser =
                  picking.has("user_id")
                      ? picking
                      : odoo.readPicking(picking.id(), List.of("name", "user_id"));
              OptionalLong user =
                  withUser
                      .many2one("user_id")
                      .map(m -> OptionalLong.of(m.id()))
                      .orElse(OptionalLong.empty());
              return odoo.scheduleActivity(
                  picking.id(),
                  type(),
                  user,
                  summary,
                  "<p>" + Html.escape(text) + "</p>",
                  LocalDate.now(clock.withZone(ZoneOffset.UTC)));
            });
  }

  private OptionalLong type() {
    try {
      return odoo.xmlId(activityTypeXmlId);
    } catch (OdooException e) {
      return OptionalLong.empty(); // Odoo's default activity type is still a visible to-do
    }
  }
}
