package io.github.odooconnector.transport.internal;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.transport.api.TransportWorkflowException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every Odoo model and field name the transport workflows use. Thread-safe. */
final class TransportGateway {
  static final String PICKING = "stock.picking";
  static final List<String> PICKING_FIELDS =
      List.of(
          "name",
          "state",
          "picking_type_code",
          "partner_id",
          "company_id",
          "scheduled_date",
          "date_deadline",
          "carrier_id",
          "carrier_tracking_ref",
          "carrier_price",
          "shipping_weight",
          "weight");

  private final OdooClient odoo;

  TransportGateway(OdooClient odoo) {
    this.odoo = odoo;
  }

  OdooRecord picking(long id) {
    List<OdooRecord> found =
        odoo.searchRead(
            PICKING, Domain.where("id", "=", id), PICKING_FIELDS, SearchOptions.limit(1));
    if (found.isEmpty()) {
      throw new TransportWorkflowException("picking " + id + " does not exist in Odoo");
    }
    return found.get(0);
  }

  OdooRecord pickingNamed(String name) {
    List<OdooRecord> found =
        odoo.searchRead(
            PICKING, Domain.where("name", "=", name), PICKING_FIELDS, SearchOptions.limit(2));
    if (found.isEmpty()) {
      throw new TransportWorkflowException("picking '" + name + "' does not exist in Odoo");
    }
    if (found.size() > 1) {
      throw new TransportWorkflowException("picking name '" + name + "' is not unique");
    }
    return found.get(0);
  }

  OdooRecord partner(long id) {
    return odoo.read(
            "res.partner",
            List.of(id),
            List.of(
                "name",
                "ref",
                "email",
                "phone",
                "street",
                "street2",
                "city",
                "zip",
                "country_code"))
        .get(0);
  }

  Optional<Long> companyPartner(long companyId) {
    return odoo.read("res.company", List.of(companyId), List.of("partner_id")).stream()
        .findFirst()
        .flatMap(c -> c.many2one("partner_id"))
        .map(m -> m.id());
  }

  Optional<Long> deliveryCarrierNamed(String name) {
    return odoo
        .search("delivery.carrier", Domain.where("name", "=", name), SearchOptions.limit(1))
        .stream()
        .findFirst();
  }

  void writePicking(long id, Map<String, ?> values) {
    odoo.write(PICKING, List.of(id), values);
  }

  /** Posts a plain-text note (Odoo escapes str bodies itself). */
  void note(long pickingId, String text, List<Long> attachmentIds) {
    Map<String, Object> kwargs = new LinkedHashMap<>();
    kwargs.put("body", text);
    kwargs.put("message_type", "comment");
    kwargs.put("subtype_xmlid", "mail.mt_note");
    if (!attachmentIds.isEmpty()) {
      kwargs.put("attachment_ids", new ArrayList<>(attachmentIds));
    }
    odoo.call(PICKING, "message_post", List.of(List.of(pickingId)), kwargs);
  }

  /** Creates the attachment unless one with the same name is on the picking; returns its id. */
  long attach(long pickingId, String fileName, String mimeType, byte[] content) {
    List<Long> existing =
        odoo.search(
            "ir.attachment",
            Domain.where("res_model", "=", PICKING)
                .and(Domain.where("res_id", "=", pickingId))
                .and(Domain.where("name", "=", fileName)),
            SearchOptions.limit(1));
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", fileName);
    values.put("type", "binary");
    values.put("datas", content);
    values.put("mimetype", mimeType);
    values.put("res_model", PICKING);
    values.put("res_id", pickingId);
    return odoo.create("ir.attachment", values);
  }

  void removeActivity(long activityId) {
    List<Long> open =
        odoo.search("mail.activity", Domain.where("id", "=", activityId), SearchOptions.limit(1));
    if (!open.isEmpty()) {
      odoo.unlink("mail.activity", open);
    }
  }
}
