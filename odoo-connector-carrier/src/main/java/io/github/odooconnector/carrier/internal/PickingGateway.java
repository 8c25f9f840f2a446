package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.ParcelPlanner;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.FieldInfo;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.mapping.MappingConfig;
import io.github.odooconnector.mapping.MappingException;
import io.github.odooconnector.mapping.OdooDocuments;
import io.github.odooconnector.model.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reads and writes the Odoo records the shipping workflows touch: {@code stock.picking}, its
 * partner and company, {@code delivery.carrier}, {@code ir.attachment}, chatter and activities.
 * Thread-safe.
 */
final class PickingGateway {

  static final String PICKING = "stock.picking";

  private final OdooClient client;
  private final OdooDocuments documents;
  private final ConcurrentMap<String, Optional<Long>> cachedIds = new ConcurrentHashMap<>();

  PickingGateway(OdooClient client, MappingConfig mapping) {
    this.client = client;
    this.documents = new OdooDocuments(client, mapping);
  }

  OdooRecord readPicking(long pickingId, List<String> fields) {
    List<OdooRecord> found = client.read(PICKING, List.of(pickingId), fields);
    if (found.isEmpty()) {
      throw new ShippingWorkflowException(null, "stock.picking " + pickingId + " does not exist");
    }
    return found.get(0);
  }

  OdooRecord readShippablePicking(long pickingId) {
    OdooRecord picking = readPicking(pickingId, ParcelPlanner.PICKING_FIELDS);
    String name = name(picking);
    String type = picking.string("picking_type_code").orElse("");
    if (!type.isEmpty() && !"outgoing".equals(type)) {
      throw new ShippingWorkflowException(
          null,
          "stock.picking "
              + name
              + " is not an outgoing delivery (picking_type_code="
              + type
              + ")");
    }
    String state = picking.string("state").orElse("");
    if ("cancel".equals(state) || "draft".equals(state)) {
      throw new ShippingWorkflowException(
          null, "stock.picking " + name + " cannot be shipped in state " + state);
    }
    return picking;
  }

  static String name(OdooRecord picking) {
    return picking.string("name").orElse("#" + picking.id());
  }

  static List<String> trackingRefs(OdooRecord picking) {
    return picking.string("carrier_tracking_ref").stream()
        .flatMap(ref -> Arrays.stream(ref.split(",")))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  Party recipient(OdooRecord picking) {
    Many2one partner =
        picking
            .many2one("partner_id")
            .orElseThrow(
                () ->
                    new ShippingWorkflowException(
                        null, "stock.picking " + name(picking) + " has no partner_id (recipient)"));
    return party(partner.id(), "stock.picking " + name(picking) + " partner_id", "");
  }

  Party companyParty(OdooRecord picking) {
    Many2one company =
        picking
            .many2one("company_id")
            .orElseThrow(
                () ->
                    new ShippingWorkflowException(
                        null,
                        "stock.picking "
                            + name(picking)
                            + " has no company_id; configure shipFrom on the builder"));
    List<OdooRecord> companies =
        client.read("res.company", List.of(company.id()), List.of("partner_id"));
    Many2one partner =
        companies.stream()
            .findFirst()
            .flatMap(c -> c.many2one("partner_id"))
            .orElseThrow(
                () ->
                    new ShippingWorkflowException(
                        null, "res.company " + company.id() + " has no partner"));
    return party(
        partner.id(),
        "res.company " + company.displayName() + " partner_id",
        "; complete the company's address in Odoo or configure shipFrom on the builder");
  }

  /**
   * Reads a partner with its address; an incomplete one is a {@link ShippingWorkflowException}
   * naming where the partner was found ({@code what}) and the missing field, with the mapping error
   * as its cause.
   */
  private Party party(long partnerId, String what, String hint) {
    try {
      return documents.party(partnerId, true);
    } catch (MappingException e) {
      throw new ShippingWorkflowException(null, what + ": " + e.getMessage() + hint, e);
    }
  }

  /** Which of these {@code delivery.carrier} ids exist (archived ones included). */
  Set<Long> existingDeliveryCarriers(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    Set<Long> found = new HashSet<>();
    client.read("delivery.carrier", ids, List.of("name")).forEach(r -> found.add(r.id()));
    return found;
  }

  /** The ids of the active {@code delivery.carrier} records with exactly this name. */
  List<Long> deliveryCarriersNamed(String name) {
    return client.search(
        "delivery.carrier", Domain.where("name", "=", name), SearchOptions.limit(2));
  }

  /** The type of a {@code stock.picking} field ({@code datetime}, ...), empty if there is none. */
  Optional<String> pickingFieldType(String field) {
    return Optional.ofNullable(client.fieldsGet(PICKING).get(field)).map(FieldInfo::type);
  }

  void recordChoice(long pickingId, long deliveryCarrierId, BigDecimal price) {
    Map<String, Object> values = new HashMap<>();
    values.put("carrier_id", deliveryCarrierId);
    if (price != null) {
      values.put("carrier_price", price);
    }
    client.write(PICKING, List.of(pickingId), values);
  }

  void write(long pickingId, Map<String, ?> values) {
    client.write(PICKING, List.of(pickingId), values);
  }

  /**
   * Creates the attachment unless one with the same name is already on the picking; returns its id.
   */
  AttachmentRef attach(long pickingId, String fileName, String mimeType, byte[] content) {
    List<Long> existing =
        client.search(
            "ir.attachment",
            Domain.and(
                Domain.where("res_model", "=", PICKING),
                Domain.where("res_id", "=", pickingId),
                Domain.where("name", "=", fileName)),
            SearchOptions.limit(1));
    if (!existing.isEmpty()) {
      return new AttachmentRef(existing.get(0), false);
    }
    Map<String, Object> values = new HashMap<>();
    values.put("name", fileName);
    values.put("type", "binary");
    values.put("datas", content);
    values.put("mimetype", mimeType);
    values.put("res_model", PICKING);
    values.put("res_id", pickingId);
    return new AttachmentRef(client.create("ir.attachment", values), true);
  }

  record AttachmentRef(long id, boolean created) {}

  /** Posts a plain-text chatter note (Odoo escapes str bodies itself). */
  void postNote(long pickingId, String text, List<Long> attachmentIds) {
    Map<String, Object> kwargs = new HashMap<>();
    kwargs.put("body", text);
    kwargs.put("message_type", "comment");
    kwargs.put("subtype_xmlid", "mail.mt_note");
    if (!attachmentIds.isEmpty()) {
      kwargs.put("attachment_ids", new ArrayList<>(attachmentIds));
    }
    client.call(PICKING, "message_post", List.of(List.of(pickingId)), kwargs);
  }

  List<OdooRecord> pickingsWithTrackingNumber(String trackingNumber, List<String> fields) {
    return client
        .searchRead(
            PICKING,
            Domain.where("carrier_tracking_ref", "ilike", trackingNumber),
            fields,
            SearchOptions.limit(20))
        .stream()
        .filter(p -> trackingRefs(p).contains(trackingNumber))
        .toList();
  }

  long scheduleActivity(
      long pickingId,
      OptionalLong activityTypeId,
      OptionalLong userId,
      String summary,
      String htmlNote,
      LocalDate deadline) {
    long modelId = modelId(PICKING);
    Map<String, Object> values = new HashMap<>();
    values.put("res_model_id", modelId);
    values.put("res_id", pickingId);
    values.put("summary", summary);
    values.put("note", htmlNote);
    values.put("date_deadline", deadline);
    activityTypeId.ifPresent(id -> values.put("activity_type_id", id));
    userId.ifPresent(id -> values.put("user_id", id));
    return client.create("mail.activity", values);
  }

  private long modelId(String model) {
    return cachedIds
        .computeIfAbsent(
            "ir.model:" + model,
            k -> {
              List<Long> ids =
                  client.search(
                      "ir.model", Domain.where("model", "=", model), SearchOptions.limit(1));
              if (ids.isEmpty()) {
                throw new ShippingWorkflowException(null, "ir.model '" + model + "' not found");
              }
              return Optional.of(ids.get(0));
            })
        .orElseThrow();
  }

  /** Resolves an external id {@code module.name}; empty when it does not exist. */
  OptionalLong xmlId(String xmlId) {
    int dot = xmlId.indexOf('.');
    if (dot <= 0) {
      return OptionalLong.empty();
    }
    Optional<Long> id =
        cachedIds.computeIfAbsent(
            "xmlid:" + xmlId,
            k ->
                client
                    .searchRead(
                        "ir.model.data",
                        Domain.and(
                            Domain.where("module", "=", xmlId.substring(0, dot)),
                            Domain.where("name", "=", xmlId.substring(dot + 1))),
                        List.of("res_id"),
                        SearchOptions.limit(1))
                    .stream()
                    .findFirst()
                    .flatMap(
                        r -> {
                          OptionalLong v = r.integer("res_id");
                          return v.isPresent()
                              ? Optional.of(v.getAsLong())
                              : Optional.<Long>empty();
                        }));
    return id.map(OptionalLong::of).orElse(OptionalLong.empty());
  }
}
