package io.github.odooconnector.carrier.internal;

import static io.github.odooconnector.carrier.internal.PickingGateway.PICKING;

import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.internal.PickingGateway.AttachmentRef;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.SearchOptions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The chatter side of {@link PickingGateway}: notes and customer messages on pickings, label
 * attachments, activities, and the {@code ir.model} / external ids they need (cached). Thread-safe.
 */
final class PickingChatter {

  private final OdooClient client;
  private final ConcurrentMap<String, Optional<Long>> cachedIds = new ConcurrentHashMap<>();

  PickingChatter(OdooClient client) {
    this.client = client;
  }

  /** Posts a chatter message to the picking's customer (Odoo e-mails it to the recipients). */
  long postToCustomer(
      long pickingId, long partnerId, String subject, String text, List<Long> attachmentIds) {
    Map<String, Object> kwargs = new HashMap<>();
    kwargs.put("body", text);
    kwargs.put("subject", subject);
    kwargs.put("message_type", "comment");
    kwargs.put("subtype_xmlid", "mail.mt_comment");
    kwargs.put("partner_ids", List.of(partnerId));
    if (!attachmentIds.isEmpty()) {
      kwargs.put("attachment_ids", new ArrayList<>(attachmentIds));
    }
    Object id = client.call(PICKING, "message_post", List.of(List.of(pickingId)), kwargs);
    return id instanceof Number n ? n.longValue() : 0L;
  }

  /** An open activity on the picking with exactly this summary, if any. */
  Optional<Long> activityWithSummary(long pickingId, String summary) {
    return client
        .search(
            "mail.activity",
            Domain.and(
                Domain.where("res_model", "=", PICKING),
                Domain.where("res_id", "=", pickingId),
                Domain.where("summary", "=", summary)),
            SearchOptions.limit(1))
        .stream()
        .findFirst();
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
