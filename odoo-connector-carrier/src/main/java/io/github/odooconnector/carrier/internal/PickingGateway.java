package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.ParcelPlanner;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.FieldInfo;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.OdooTransportException;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.core.api.typed.Field;
import io.github.odooconnector.mapping.FieldMap;
import io.github.odooconnector.mapping.MappingConfig;
import io.github.odooconnector.mapping.MappingException;
import io.github.odooconnector.mapping.OdooDocuments;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.models.DeliveryCarrier;
import io.github.odooconnector.models.ProductProduct;
import io.github.odooconnector.models.ResPartner;
import io.github.odooconnector.models.StockMove;
import io.github.odooconnector.models.StockMoveLine;
import io.github.odooconnector.models.StockMoveState;
import io.github.odooconnector.models.StockPackage;
import io.github.odooconnector.models.StockPicking;
import io.github.odooconnector.models.StockPickingPickingTypeCode;
import io.github.odooconnector.models.StockPickingState;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Reads and writes the Odoo records the shipping workflows touch: {@code stock.picking}, its
 * partner and company, {@code delivery.carrier}, {@code ir.attachment}, chatter and activities (the
 * last three through {@link PickingChatter}). Model and field names of the pickings, moves, move
 * lines, packages, products and carriers come from the generated models of {@code
 * odoo-connector-models}, resolved for the server's version (for example {@code
 * stock.quant.package} on 17/18, {@code stock.package} on 19); the few fields they do not cover are
 * named here. Thread-safe.
 */
final class PickingGateway {

  static final String PICKING = StockPicking.MODEL.name();
  private static final DateTimeFormatter ODOO_DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final OdooClient client;
  private final OdooDocuments documents;
  private final MappingConfig mapping;
  private final PickingChatter chatter;
  private final ConcurrentMap<String, Set<String>> cachedFields = new ConcurrentHashMap<>();

  PickingGateway(OdooClient client, MappingConfig mapping) {
    this.client = client;
    this.mapping = mapping;
    this.documents = new OdooDocuments(client, mapping);
    this.chatter = new PickingChatter(client);
  }

  // ---------------------------------------------------------------- schema

  /** The fields a model has in this Odoo (cached); empty when the model does not exist. */
  Set<String> fields(String model) {
    return cachedFields.computeIfAbsent(
        model,
        m -> {
          try {
            return Set.copyOf(client.fieldsGet(m).keySet());
          } catch (OdooTransportException e) {
            throw e;
          } catch (OdooException e) {
            return Set.of(); // the model does not exist in this version (or is not installed)
          }
        });
  }

  /** The wanted fields that the model has, in the order asked. */
  List<String> existing(String model, List<String> wanted) {
    Set<String> have = fields(model);
    return wanted.stream().filter(have::contains).toList();
  }

  /**
   * The package model of this Odoo, as the generated {@link StockPackage} names it for the server's
   * version: {@code stock.package} on 19, {@code stock.quant.package} before. A version the models
   * were not generated for gets the model that exists there.
   */
  String packageModel() {
    ServerVersion v = client.serverVersion();
    if (StockPackage.MODEL.supports(v)) {
      return StockPackage.MODEL.name(v);
    }
    return v.isAtLeast(19) || fields("stock.quant.package").isEmpty()
        ? "stock.package"
        : "stock.quant.package";
  }

  /** The wire names of generated fields on the server's version. */
  private List<String> names(Field<?, ?>... fields) {
    ServerVersion v = client.serverVersion();
    List<String> out = new ArrayList<>(fields.length);
    for (Field<?, ?> f : fields) {
      out.add(f.name(v));
    }
    return out;
  }

  private static List<String> plus(List<String> names, String... more) {
    List<String> out = new ArrayList<>(names);
    out.addAll(List.of(more));
    return out;
  }

  // ---------------------------------------------------------------- generic reads

  List<OdooRecord> read(String model, Collection<Long> ids, List<String> fields) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return client.read(model, ids, existing(model, fields));
  }

  List<OdooRecord> searchRead(String model, Domain domain, List<String> fields, int limit) {
    return client.searchRead(
        model,
        domain,
        existing(model, fields),
        limit > 0 ? SearchOptions.limit(limit) : SearchOptions.defaults());
  }

  // ---------------------------------------------------------------- picking contents

  /** The picking's move lines (or its moves when nothing is reserved yet), as contents. */
  List<OdooRecord> moveLines(long pickingId) {
    ServerVersion v = client.serverVersion();
    List<OdooRecord> lines =
        searchRead(
            StockMoveLine.MODEL.name(v),
            StockMoveLine.PICKING_ID.eq(pickingId).toDomain(v),
            plus( // sale_price (stock_delivery's customs value) is not in the generated model
                names(
                    StockMoveLine.PRODUCT_ID,
                    StockMoveLine.QUANTITY,
                    StockMoveLine.RESULT_PACKAGE_ID,
                    StockMoveLine.MOVE_ID),
                "sale_price"),
            0);
    if (!lines.isEmpty()) {
      return lines;
    }
    return searchRead(
        StockMove.MODEL.name(v),
        StockMove.PICKING_ID
            .eq(pickingId)
            .and(StockMove.STATE.ne(StockMoveState.CANCEL))
            .toDomain(v),
        names(
            StockMove.PRODUCT_ID,
            StockMove.PRODUCT_UOM_QTY,
            StockMove.QUANTITY,
            StockMove.SALE_LINE_ID),
        0);
  }

  /** Products with what shipping needs: weight, volume, customs fields and tags. */
  Map<Long, OdooRecord> products(Collection<Long> productIds) {
    Map<Long, OdooRecord> out = new HashMap<>();
    read(
            ProductProduct.MODEL.name(client.serverVersion()),
            productIds,
            plus( // the product tags are not in the generated model
                names(
                    ProductProduct.DISPLAY_NAME,
                    ProductProduct.NAME,
                    ProductProduct.DEFAULT_CODE,
                    ProductProduct.WEIGHT,
                    ProductProduct.VOLUME,
                    ProductProduct.LIST_PRICE,
                    ProductProduct.HS_CODE,
                    ProductProduct.COUNTRY_OF_ORIGIN),
                "product_tag_ids",
                "all_product_tag_ids"))
        .forEach(r -> out.put(r.id(), r));
    return out;
  }

  Map<Long, OdooRecord> packages(Collection<Long> packageIds) {
    Map<Long, OdooRecord> out = new HashMap<>();
    read(
            packageModel(),
            packageIds,
            List.of(
                StockPackage.FieldNames.NAME,
                StockPackage.FieldNames.PACKAGE_TYPE_ID,
                StockPackage.FieldNames.SHIPPING_WEIGHT,
                StockPackage.FieldNames.WEIGHT))
        .forEach(r -> out.put(r.id(), r));
    return out;
  }

  Map<Long, OdooRecord> packageTypes(Collection<Long> typeIds) {
    Map<Long, OdooRecord> out = new HashMap<>();
    read(
            "stock.package.type",
            typeIds,
            List.of(
                "name",
                "packaging_length",
                "width",
                "height",
                "base_weight",
                "length_uom_name",
                "shipper_package_code"))
        .forEach(r -> out.put(r.id(), r));
    return out;
  }

  void writePackage(long packageId, Map<String, ?> values) {
    client.write(packageModel(), List.of(packageId), values);
  }

  /** The ISO code of a {@code res.country}, empty when it has none. */
  Optional<String> countryCode(long countryId) {
    return client.read("res.country", List.of(countryId), List.of("code")).stream()
        .findFirst()
        .flatMap(r -> r.string("code"));
  }

  Optional<Long> countryByCode(String code) {
    return client
        .search("res.country", Domain.where("code", "=", code), SearchOptions.limit(1))
        .stream()
        .findFirst();
  }

  /** The ISO code of a currency record ({@code res.currency.name}). */
  Optional<String> currencyCode(long currencyId) {
    return client.read("res.currency", List.of(currencyId), List.of("name")).stream()
        .findFirst()
        .flatMap(r -> r.string("name"));
  }

  OdooRecord readOne(String model, long id, List<String> fields) {
    List<OdooRecord> found = read(model, List.of(id), fields);
    if (found.isEmpty()) {
      throw new ShippingWorkflowException(null, model + " " + id + " does not exist");
    }
    return found.get(0);
  }

  /** The partner's raw address fields (for rules and corrections). */
  OdooRecord partnerAddress(long partnerId) {
    return readOne(
        ResPartner.MODEL.name(client.serverVersion()),
        partnerId,
        names(
            ResPartner.NAME,
            ResPartner.STREET,
            ResPartner.STREET2,
            ResPartner.CITY,
            ResPartner.ZIP,
            ResPartner.STATE_ID,
            ResPartner.COUNTRY_ID,
            ResPartner.VAT));
  }

  /** Writes a corrected address onto a partner, through the configured partner field map. */
  void correctPartnerAddress(long partnerId, Address address) {
    FieldMap pm = mapping.partner();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(pm.field("street"), address.street1());
    values.put(pm.field("street2"), address.street2() == null ? false : address.street2());
    values.put(pm.field("city"), address.city());
    values.put(pm.field("zip"), address.postalCode() == null ? false : address.postalCode());
    countryByCode(address.countryCode()).ifPresent(id -> values.put(pm.field("country"), id));
    client.write("res.partner", List.of(partnerId), values);
  }

  void write(String model, long id, Map<String, ?> values) {
    client.write(model, List.of(id), values);
  }

  long create(String model, Map<String, ?> values) {
    return client.create(model, values);
  }

  List<Long> search(String model, Domain domain, int limit) {
    return client.search(
        model, domain, limit > 0 ? SearchOptions.limit(limit) : SearchOptions.defaults());
  }

  OdooRecord readPicking(long pickingId, List<String> fields) {
    List<OdooRecord> found = client.read(PICKING, List.of(pickingId), existing(PICKING, fields));
    if (found.isEmpty()) {
      throw new ShippingWorkflowException(null, "stock.picking " + pickingId + " does not exist");
    }
    return found.get(0);
  }

  OdooRecord readShippablePicking(long pickingId) {
    OdooRecord raw = readPicking(pickingId, ParcelPlanner.PICKING_FIELDS);
    // the typed view of what was read: its type and state are the generated enums
    StockPicking picking = StockPicking.MODEL.decode(raw, client.serverVersion());
    String name = name(raw);
    StockPickingPickingTypeCode type = picking.pickingTypeCode();
    if (type != null && type != StockPickingPickingTypeCode.OUTGOING) {
      throw new ShippingWorkflowException(
          null,
          "stock.picking "
              + name
              + " is not an outgoing delivery (picking_type_code="
              + StockPicking.PICKING_TYPE_CODE.rawValue(picking).orElse("")
              + ")");
    }
    StockPickingState state = picking.state();
    if (state == StockPickingState.CANCEL || state == StockPickingState.DRAFT) {
      throw new ShippingWorkflowException(
          null, "stock.picking " + name + " cannot be shipped in state " + state.value());
    }
    return raw;
  }

  static String name(OdooRecord picking) {
    return picking.string(StockPicking.FieldNames.NAME).orElse("#" + picking.id());
  }

  static List<String> trackingRefs(OdooRecord picking) {
    return picking.string(StockPicking.FieldNames.CARRIER_TRACKING_REF).stream()
        .flatMap(ref -> Arrays.stream(ref.split(",")))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  Party recipient(OdooRecord picking) {
    Many2one partner =
        picking
            .many2one(StockPicking.FieldNames.PARTNER_ID)
            .orElseThrow(
                () ->
                    new ShippingWorkflowException(
                        null, "stock.picking " + name(picking) + " has no partner_id (recipient)"));
    return party(partner.id(), "stock.picking " + name(picking) + " partner_id", "");
  }

  Party companyParty(OdooRecord picking) {
    Many2one company =
        picking
            .many2one(StockPicking.FieldNames.COMPANY_ID)
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
    client
        .model(DeliveryCarrier.MODEL)
        .read(ids, List.of(DeliveryCarrier.NAME))
        .forEach(r -> found.add(r.id()));
    return found;
  }

  /** The ids of the active {@code delivery.carrier} records with exactly this name. */
  List<Long> deliveryCarriersNamed(String name) {
    return client
        .model(DeliveryCarrier.MODEL)
        .search(DeliveryCarrier.NAME.eq(name), SearchOptions.limit(2));
  }

  /** The type of a {@code stock.picking} field ({@code datetime}, ...), empty if there is none. */
  Optional<String> pickingFieldType(String field) {
    return Optional.ofNullable(client.fieldsGet(PICKING).get(field)).map(FieldInfo::type);
  }

  void recordChoice(long pickingId, long deliveryCarrierId, BigDecimal price) {
    Map<String, Object> values = new HashMap<>();
    values.put(StockPicking.FieldNames.CARRIER_ID, deliveryCarrierId);
    if (price != null) {
      values.put("carrier_price", price); // delivery's field, not in the generated model
    }
    client.write(PICKING, List.of(pickingId), values);
  }

  void write(long pickingId, Map<String, ?> values) {
    client.write(PICKING, List.of(pickingId), values);
  }

  static String odooDateTime(Instant instant) {
    return ODOO_DATETIME.format(instant);
  }

  record AttachmentRef(long id, boolean created) {}

  List<OdooRecord> pickingsWithTrackingNumber(String trackingNumber, List<String> fields) {
    return client
        .searchRead(
            PICKING,
            StockPicking.CARRIER_TRACKING_REF
                .ilike(trackingNumber)
                .toDomain(client.serverVersion()),
            fields,
            SearchOptions.limit(20))
        .stream()
        .filter(p -> trackingRefs(p).contains(trackingNumber))
        .toList();
  }

  // ---------------------------------------------------------------- chatter, attachments,
  // activities (see PickingChatter)

  /** Posts a chatter message to the picking's customer (Odoo e-mails it to the recipients). */
  long postToCustomer(
      long pickingId, long partnerId, String subject, String text, List<Long> attachmentIds) {
    return chatter.postToCustomer(pickingId, partnerId, subject, text, attachmentIds);
  }

  /** The pickings whose chatter mentions a marker text since a time (for scanning jobs). */
  Set<Long> pickingsWithNoteSince(String marker, Instant since) {
    return notesSince(marker, since).keySet();
  }

  /**
   * The pickings with a chatter message containing the marker posted since then, each with the time
   * of its latest such message (null when Odoo gave none), in Odoo's order.
   */
  Map<Long, Instant> notesSince(String marker, Instant since) {
    Map<Long, Instant> out = new LinkedHashMap<>();
    searchRead(
            "mail.message",
            Domain.and(
                Domain.where("model", "=", PICKING),
                Domain.where("body", "ilike", marker),
                Domain.where("date", ">=", odooDateTime(since))),
            List.of("res_id", "date"),
            0)
        .forEach(
            m ->
                m.integer("res_id")
                    .ifPresent(
                        id -> {
                          Instant at = m.datetime("date").orElse(null);
                          Instant seen = out.get(id);
                          if (!out.containsKey(id)
                              || (at != null && (seen == null || at.isAfter(seen)))) {
                            out.put(id, at);
                          }
                        }));
    return out;
  }

  /** An open activity on the picking with exactly this summary, if any. */
  Optional<Long> activityWithSummary(long pickingId, String summary) {
    return chatter.activityWithSummary(pickingId, summary);
  }

  /**
   * Creates the attachment unless one with the same name is already on the picking; returns its id.
   */
  AttachmentRef attach(long pickingId, String fileName, String mimeType, byte[] content) {
    return chatter.attach(pickingId, fileName, mimeType, content);
  }

  /** Posts a plain-text chatter note (Odoo escapes str bodies itself). */
  void postNote(long pickingId, String text, List<Long> attachmentIds) {
    chatter.postNote(pickingId, text, attachmentIds);
  }

  long scheduleActivity(
      long pickingId,
      OptionalLong activityTypeId,
      OptionalLong userId,
      String summary,
      String htmlNote,
      LocalDate deadline) {
    return chatter.scheduleActivity(pickingId, activityTypeId, userId, summary, htmlNote, deadline);
  }

  /** Resolves an external id {@code module.name}; empty when it does not exist. */
  OptionalLong xmlId(String xmlId) {
    return chatter.xmlId(xmlId);
  }
}
