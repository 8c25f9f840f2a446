package io.github.odooconnector.wms.internal;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.wms.api.WmsIncident;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in handling of WMS incidents when the host configured no listener: a plain {@code
 * mail.activity} on the picking (due today, unassigned), found again by its summary, which ends
 * with {@code [KIND reference]}, so the same incident never gets a second open activity.
 * Thread-safe.
 */
final class PickingActivities {

  private final OdooClient odoo;
  private final Clock clock;
  private volatile Long pickingModelId;

  PickingActivities(OdooClient odoo, Clock clock) {
    this.odoo = odoo;
    this.clock = clock;
  }

  /** The summary of an incident's activity: its title and {@code [KIND reference]}. */
  static String summary(WmsIncident incident) {
    return incident.summary() + " [" + incident.kind() + " " + incident.reference() + "]";
  }

  /** Opens the incident's activity unless it is open already; returns its id. */
  long open(WmsIncident incident) {
    long model = pickingModelId();
    String summary = summary(incident);
    List<Long> open =
        odoo.search(
            "mail.activity",
            Domain.where("res_model_id", "=", model)
                .and(Domain.where("res_id", "=", incident.pickingId()))
                .and(Domain.where("summary", "=", summary)),
            SearchOptions.limit(1).withOrder("id"));
    if (!open.isEmpty()) {
      return open.get(0);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("res_model_id", model);
    values.put("res_id", incident.pickingId());
    values.put("summary", summary);
    values.put("note", "<p>" + escape(incident.details()).replace("\n", "<br/>") + "</p>");
    values.put("date_deadline", LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    return odoo.create("mail.activity", values);
  }

  private long pickingModelId() {
    Long id = pickingModelId;
    if (id == null) {
      List<Long> ids =
          odoo.search("ir.model", Domain.where("model", "=", WmsPickingGateway.PICKING));
      if (ids.isEmpty()) {
        throw new WmsWorkflowException("Odoo has no model " + WmsPickingGateway.PICKING);
      }
      id = ids.get(0);
      pickingModelId = id;
    }
    return id;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
