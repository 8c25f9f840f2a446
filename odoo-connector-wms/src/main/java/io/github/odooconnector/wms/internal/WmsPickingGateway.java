package io.github.odooconnector.wms.internal;

import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.FieldInfo;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.mapping.FieldMap;
import io.github.odooconnector.mapping.MappedRecord;
import io.github.odooconnector.mapping.MappingConfig;
import io.github.odooconnector.mapping.MappingException;
import io.github.odooconnector.mapping.MoveInfo;
import io.github.odooconnector.mapping.OdooDocuments;
import io.github.odooconnector.mapping.ProductInfo;
import io.github.odooconnector.mapping.ProductLookup;
import io.github.odooconnector.mapping.StandardFieldMaps;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.CanonicalModelException;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.models.DeliveryCarrier;
import io.github.odooconnector.models.ProductProduct;
import io.github.odooconnector.models.StockLot;
import io.github.odooconnector.models.StockPickingPickingTypeCode;
import io.github.odooconnector.models.StockPickingState;
import io.github.odooconnector.models.StockQuant;
import io.github.odooconnector.wms.api.ReleaseMarker;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one door of the WMS workflows to Odoo: every read and write of pickings, moves, products,
 * quants and their neighbours goes through here, in the field names of the {@link MappingConfig}
 * (which users may override); selection values, and the models and fields the mapping does not
 * cover, come from the generated models of {@code odoo-connector-models}, resolved for the server's
 * version. Thread-safe.
 */
final class WmsPickingGateway {

  static final String PICKING = StandardFieldMaps.PICKING;
  static final String MOVE = StandardFieldMaps.MOVE;
  static final String QUANT = StandardFieldMaps.QUANT;

  private final OdooClient odoo;
  private final MappingConfig mapping;
  private final OdooDocuments docs;
  private final StockLots lots;
  private final StockPackages packages;
  private final ReturnWizard returns;

  WmsPickingGateway(OdooClient odoo, MappingConfig mapping) {
    this.odoo = odoo;
    this.mapping = mapping;
    this.docs = new OdooDocuments(odoo, mapping);
    this.lots = new StockLots(odoo);
    this.packages = new StockPackages(odoo, mapping);
    this.returns = new ReturnWizard(odoo);
  }

  /** Odoo's lots: found or created with their dates, and their expiration dates. */
  StockLots lots() {
    return lots;
  }

  /** Odoo's packages and the destination packages of move lines (handling units). */
  StockPackages packages() {
    return packages;
  }

  private FieldMap pickingMap() {
    return mapping.picking();
  }

  private String pf(String key) {
    return pickingMap().field(key);
  }

  /**
   * Runs a read of the mapping layer, turning what it cannot map (a record that does not exist, a
   * required value missing, data the canonical model refuses) into the workflows' own exception,
   * the original as its cause.
   */
  private static <T> T mapped(Supplier<T> read) {
    try {
      return read.get();
    } catch (MappingException | CanonicalModelException e) {
      throw new WmsWorkflowException(e.getMessage(), e);
    }
  }

  /** The fields of {@code stock.picking}, by name. */
  Map<String, FieldInfo> pickingFields() {
    return odoo.fieldsGet(PICKING);
  }

  // ---------------------------------------------------------------- pickings

  MappedRecord picking(long pickingId, String... extraFields) {
    return mapped(() -> docs.picking(pickingId, extraFields));
  }

  Optional<MappedRecord> pickingByReference(String reference) {
    return mapped(() -> docs.pickingByReference(reference));
  }

  /** Ready ({@code assigned}) outgoing pickings without marker, oldest scheduled first. */
  List<Long> unreleasedReadyDeliveries(ReleaseMarker marker, int limit) {
    Domain domain =
        Domain.where(pf("pickingTypeCode"), "=", StockPickingPickingTypeCode.OUTGOING.value())
            .and(Domain.where(pf("state"), "=", StockPickingState.ASSIGNED.value()))
            .and(Domain.where(marker.field(), "=", false));
    return odoo.search(
        PICKING, domain, SearchOptions.limit(limit).withOrder(pf("scheduledDate") + ", id"));
  }

  /**
   * The outgoing pickings among {@code pickingIds}, in every state, by id, with their reference,
   * state and {@code markerField}.
   */
  List<MappedRecord> deliveriesAmong(List<Long> pickingIds, String markerField) {
    Domain domain =
        Domain.where("id", "in", pickingIds)
            .and(
                Domain.where(
                    pf("pickingTypeCode"), "=", StockPickingPickingTypeCode.OUTGOING.value()));
    return odoo
        .searchRead(
            PICKING,
            domain,
            List.of(pf("reference"), pf("state"), markerField),
            SearchOptions.defaults().withOrder("id"))
        .stream()
        .map(r -> MappedRecord.of(r, pickingMap()))
        .toList();
  }

  /** Incoming pickings of purchase orders, not done, without ASN marker, by id. */
  List<Long> unannouncedReceipts(ReleaseMarker marker, int limit) {
    Domain domain =
        Domain.where(pf("pickingTypeCode"), "=", StockPickingPickingTypeCode.INCOMING.value())
            .and(
                Domain.where(
                    pf("state"),
                    "in",
                    values(StockPickingState.ASSIGNED, StockPickingState.CONFIRMED)))
            .and(Domain.where(pf("purchaseOrder"), "!=", false))
            .and(Domain.where(marker.field(), "=", false));
    return odoo.search(PICKING, domain, SearchOptions.limit(limit).withOrder("id"));
  }

  /** A sale order's state and pickings. */
  MappedRecord saleOrder(long saleOrderId) {
    FieldMap so = mapping.saleOrder();
    List<OdooRecord> recs =
        odoo.read(
            StandardFieldMaps.SALE_ORDER,
            List.of(saleOrderId),
            List.of("id", so.field("pickings"), so.field("state")));
    if (recs.isEmpty()) {
      throw new WmsWorkflowException("sale.order " + saleOrderId + " does not exist");
    }
    return MappedRecord.of(recs.get(0), so);
  }

  void writeMarker(long pickingId, ReleaseMarker marker, String value) {
    odoo.write(PICKING, List.of(pickingId), Map.of(marker.field(), marker.valueFor(value)));
  }

  /**
   * Writes carrier and tracking references to a picking; nothing when both are absent.
   *
   * @param trackingRef comma-separated tracking numbers, or null
   * @param carrierId the {@code delivery.carrier} id, or null
   */
  void writeShippingReferences(long pickingId, String trackingRef, Long carrierId) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (trackingRef != null) {
      values.put(pf("trackingRef"), trackingRef);
    }
    if (carrierId != null) {
      values.put(pf("carrier"), carrierId);
    }
    if (!values.isEmpty()) {
      odoo.write(PICKING, List.of(pickingId), values);
    }
  }

  /** The first open (not cancelled) backorder of a picking. */
  Optional<MappedRecord> backorderOf(long pickingId) {
    List<Long> next =
        odoo.search(
            PICKING,
            Domain.where(pf("backorderOf"), "=", pickingId)
                .and(Domain.where(pf("state"), "!=", StockPickingState.CANCEL.value())),
            SearchOptions.limit(1).withOrder("id"));
    return next.isEmpty() ? Optional.empty() : Optional.of(picking(next.get(0)));
  }

  /** The first open incoming picking whose origin is a purchase order's reference. */
  Optional<MappedRecord> openReceiptOf(String purchaseOrderRef) {
    return first(
        Domain.where(pf("origin"), "=", purchaseOrderRef)
            .and(
                Domain.where(
                    pf("pickingTypeCode"), "=", StockPickingPickingTypeCode.INCOMING.value()))
            .and(
                Domain.where(
                    pf("state"),
                    "not in",
                    values(StockPickingState.DONE, StockPickingState.CANCEL))));
  }

  /** The first done outgoing picking whose origin is a sale order's reference. */
  Optional<MappedRecord> doneDeliveryOf(String orderRef) {
    return first(
        Domain.where(pf("origin"), "=", orderRef)
            .and(
                Domain.where(
                    pf("pickingTypeCode"), "=", StockPickingPickingTypeCode.OUTGOING.value()))
            .and(Domain.where(pf("state"), "=", StockPickingState.DONE.value())));
  }

  /** Any picking with exactly this origin. */
  Optional<Long> pickingWithOrigin(String origin) {
    List<Long> ids =
        odoo.search(PICKING, Domain.where(pf("origin"), "=", origin), SearchOptions.limit(1));
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
  }

  /** The Odoo keys of generated selection values, for domains on mapped fields. */
  private static List<String> values(StockPickingState... states) {
    List<String> out = new ArrayList<>(states.length);
    for (StockPickingState st : states) {
      out.add(st.value());
    }
    return out;
  }

  private Optional<MappedRecord> first(Domain domain) {
    List<Long> ids = odoo.search(PICKING, domain, SearchOptions.limit(1).withOrder("id"));
    return ids.isEmpty() ? Optional.empty() : Optional.of(picking(ids.get(0)));
  }

  void confirm(long pickingId) {
    odoo.call(PICKING, "action_confirm", List.of(List.of(pickingId)), Map.of());
  }

  /**
   * Validates a picking ({@code button_validate}) without Odoo's confirmation wizards: the rest is
   * left on a backorder, or cancelled when {@code cancelRemainder}.
   *
   * @return the model of the wizard Odoo asked for instead of validating, empty when validated
   */
  Optional<String> validate(long pickingId, boolean cancelRemainder) {
    Context.Builder ctx =
        Context.builder()
            .put("skip_backorder", true)
            .put("skip_sms", true)
            .put("skip_immediate", true);
    if (cancelRemainder) {
      ctx.put("picking_ids_not_to_backorder", List.of(pickingId));
    }
    Object result =
        odoo.withContext(ctx.build())
            .call(PICKING, "button_validate", List.of(List.of(pickingId)), Map.of());
    if (result instanceof Map<?, ?> action) {
      return Optional.of(String.valueOf(action.get("res_model")));
    }
    return Optional.empty();
  }

  /** Odoo's return wizard ({@code stock.return.picking}) on done deliveries. */
  ReturnWizard returns() {
    return returns;
  }

  /**
   * The return pickings Odoo created from a delivery ({@code return_id}), in every state, by id,
   * with their reference, state and origin.
   */
  List<MappedRecord> returnsOf(long deliveryId) {
    String returnOf =
        pickingMap()
            .optionalField("returnOf")
            .orElseThrow(
                () ->
                    new WmsWorkflowException(
                        "the picking field map has no 'returnOf' field (Odoo's return_id)"));
    return odoo
        .searchRead(
            PICKING,
            Domain.where(returnOf, "=", deliveryId),
            List.of(pf("reference"), pf("state"), pf("origin")),
            SearchOptions.defaults().withOrder("id"))
        .stream()
        .map(r -> MappedRecord.of(r, pickingMap()))
        .toList();
  }

  /** Sets a picking's source document ({@code origin}). */
  void writeOrigin(long pickingId, String origin) {
    odoo.write(PICKING, List.of(pickingId), Map.of(pf("origin"), origin));
  }

  Optional<Long> carrierByName(String name) {
    List<Long> ids =
        odoo.model(DeliveryCarrier.MODEL)
            .search(DeliveryCarrier.NAME.eq(name), SearchOptions.limit(1));
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
  }

  // ---------------------------------------------------------------- documents, moves, products

  FulfillmentOrder fulfillmentOrder(MappedRecord picking) {
    return mapped(() -> docs.fulfillmentOrder(picking));
  }

  AdvanceShipNotice advanceShipNotice(MappedRecord picking) {
    return mapped(() -> docs.advanceShipNotice(picking));
  }

  List<MoveInfo> moves(MappedRecord picking) {
    return mapped(() -> docs.moves(picking));
  }

  Optional<ProductInfo> productBySku(Sku sku) {
    return mapped(() -> docs.productBySku(sku));
  }

  Map<Long, ProductInfo> products(Collection<Long> ids) {
    return mapped(() -> docs.products(ids));
  }

  /** Products by id; those that cannot be mapped are returned as such, not thrown. */
  ProductLookup productLookup(Collection<Long> ids) {
    return docs.productLookup(ids);
  }

  /** The product of a SKU; one that cannot be mapped is returned as such, not thrown. */
  ProductLookup productLookupBySku(Sku sku) {
    return docs.productLookupBySku(sku);
  }

  // ---------------------------------------------------------------- item master

  /**
   * What the item master reads of a product; {@code use_expiration_date} (module {@code
   * product_expiry}), {@code hs_code} and {@code country_of_origin} ({@code stock_delivery}) are
   * read only where the database has them.
   */
  private static final List<String> ITEM_FIELDS =
      List.of(
          ProductProduct.FieldNames.DEFAULT_CODE,
          ProductProduct.FieldNames.DISPLAY_NAME,
          ProductProduct.FieldNames.BARCODE,
          ProductProduct.FieldNames.WEIGHT,
          ProductProduct.FieldNames.VOLUME,
          ProductProduct.FieldNames.TRACKING,
          "use_expiration_date", // product_expiry's, not in the generated model
          ProductProduct.FieldNames.HS_CODE,
          ProductProduct.FieldNames.COUNTRY_OF_ORIGIN);

  private volatile List<String> itemFields;

  /** The products (variants) matching {@code domain}, with the item master fields. */
  List<OdooRecord> itemRecords(Domain domain) {
    List<String> fields = itemFields;
    if (fields == null) {
      Map<String, FieldInfo> known = odoo.fieldsGet("product.product");
      fields = ITEM_FIELDS.stream().filter(known::containsKey).toList();
      itemFields = fields;
    }
    return odoo.streamSearchRead("product.product", domain, fields, 500).toList();
  }

  /** The ISO code of a {@code res.country}. */
  Optional<String> countryCode(long countryId) {
    return odoo.read("res.country", List.of(countryId), List.of("code")).stream()
        .findFirst()
        .flatMap(r -> r.string("code"));
  }

  /** Adds a move for {@code product} to a picking, between the picking's locations. */
  long createMove(MappedRecord picking, ProductInfo product, Quantity demand) {
    FieldMap mm = mapping.move();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(mm.field("product"), product.id());
    values.put(mm.field("demand"), demand.value());
    values.put("name", product.name());
    picking
        .many2one("sourceLocation")
        .ifPresent(l -> values.put(mm.field("sourceLocation"), l.id()));
    picking
        .many2one("destinationLocation")
        .ifPresent(l -> values.put(mm.field("destinationLocation"), l.id()));
    values.put(mm.field("picking"), picking.id());
    return odoo.create(MOVE, values);
  }

  /** Sets the quantity done on a move (its unit) and whether it is picked. */
  void writeMoveQuantity(long moveId, BigDecimal quantity) {
    FieldMap mm = mapping.move();
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(mm.field("quantity"), quantity);
    values.put(mm.field("picked"), quantity.signum() > 0);
    odoo.write(MOVE, List.of(moveId), values);
  }

  /**
   * Replaces a move's detailed operations with one line per lot or serial number (quantities in the
   * move's unit) and marks it picked when anything was done.
   */
  void writeMoveLots(
      MoveInfo move, long pickingId, Map<String, BigDecimal> lots, BigDecimal total) {
    writeMoveLots(move, pickingId, lots, total, Map.of(), false);
  }

  /**
   * As {@link #writeMoveLots(MoveInfo, long, Map, BigDecimal)}, with the lots already found or
   * created ({@code lotIds} by name) written as {@code lot_id}; {@code withLotName} also writes the
   * name, as Odoo's receipt form does.
   */
  void writeMoveLots(
      MoveInfo move,
      long pickingId,
      Map<String, BigDecimal> lots,
      BigDecimal total,
      Map<String, Long> lotIds,
      boolean withLotName) {
    FieldMap mm = mapping.move();
    FieldMap ml = mapping.moveLine();
    List<Command> commands = new ArrayList<>();
    for (Long existing : move.moveLineIds()) {
      commands.add(Command.delete(existing));
    }
    for (Map.Entry<String, BigDecimal> lot : lots.entrySet()) {
      Map<String, Object> lineValues = new LinkedHashMap<>();
      lineValues.put(ml.field("product"), move.product().id());
      lineValues.put(ml.field("quantity"), lot.getValue());
      lineValues.put(ml.field("picking"), pickingId);
      if (move.sourceLocationId() > 0) {
        lineValues.put(ml.field("sourceLocation"), move.sourceLocationId());
      }
      if (move.destinationLocationId() > 0) {
        lineValues.put(ml.field("destinationLocation"), move.destinationLocationId());
      }
      Long known = lotIds.get(lot.getKey());
      Optional<Long> lotId =
          known != null ? Optional.of(known) : findLot(move.product().id(), lot.getKey());
      if (lotId.isPresent()) {
        lineValues.put(ml.field("lot"), lotId.get());
        if (withLotName) {
          lineValues.put(ml.field("lotName"), lot.getKey());
        }
      } else {
        lineValues.put(ml.field("lotName"), lot.getKey());
      }
      commands.add(Command.create(lineValues));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(mm.field("moveLines"), commands);
    values.put(mm.field("picked"), total.signum() > 0);
    odoo.write(MOVE, List.of(move.id()), values);
  }

  /**
   * One detailed operation to write on a move: a quantity in the move's unit, its lot (found or
   * created already, or null) and lot name (null when untracked), and its destination location
   * (null for the move's own).
   */
  record PlannedLine(BigDecimal quantity, Long lotId, String lotName, Long destinationId) {}

  /**
   * Replaces a move's detailed operations with the planned lines (each with its own destination,
   * for returns whose units go to different locations) and marks it picked when anything was done.
   */
  void writeMoveLines(MoveInfo move, long pickingId, List<PlannedLine> lines) {
    FieldMap mm = mapping.move();
    FieldMap ml = mapping.moveLine();
    List<Command> commands = new ArrayList<>();
    for (Long existing : move.moveLineIds()) {
      commands.add(Command.delete(existing));
    }
    BigDecimal total = BigDecimal.ZERO;
    for (PlannedLine line : lines) {
      total = total.add(line.quantity());
      Map<String, Object> lineValues = new LinkedHashMap<>();
      lineValues.put(ml.field("product"), move.product().id());
      lineValues.put(ml.field("quantity"), line.quantity());
      lineValues.put(ml.field("picking"), pickingId);
      if (move.sourceLocationId() > 0) {
        lineValues.put(ml.field("sourceLocation"), move.sourceLocationId());
      }
      if (line.destinationId() != null) {
        lineValues.put(ml.field("destinationLocation"), line.destinationId());
      } else if (move.destinationLocationId() > 0) {
        lineValues.put(ml.field("destinationLocation"), move.destinationLocationId());
      }
      if (line.lotId() != null) {
        lineValues.put(ml.field("lot"), line.lotId());
      }
      if (line.lotName() != null) {
        lineValues.put(ml.field("lotName"), line.lotName());
      }
      commands.add(Command.create(lineValues));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(mm.field("moveLines"), commands);
    values.put(mm.field("picked"), total.signum() > 0);
    odoo.write(MOVE, List.of(move.id()), values);
  }

  private Optional<Long> findLot(long productId, String name) {
    List<Long> ids =
        odoo.model(StockLot.MODEL)
            .search(
                StockLot.NAME.eq(name).and(StockLot.PRODUCT_ID.eq(productId)),
                SearchOptions.limit(1));
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
  }

  // ---------------------------------------------------------------- stock

  String odooLocationName(LocationRef location) {
    return docs.odooLocationName(location);
  }

  /**
   * Quants in the internal locations of one warehouse (by its code), of the given products only
   * when {@code productIds} is set.
   */
  List<OdooRecord> internalQuants(String warehouseCode, List<Long> productIds) {
    FieldMap qm = mapping.quant();
    String location = StockQuant.LOCATION_ID.name(odoo.serverVersion());
    Domain domain =
        Domain.where(location + ".usage", "=", "internal")
            .and(Domain.where(location + ".warehouse_id.code", "=", warehouseCode));
    if (productIds != null) {
      domain = domain.and(Domain.where(qm.field("product"), "in", productIds));
    }
    return odoo.streamSearchRead(QUANT, domain, qm.odooFields(), 500).toList();
  }

  /**
   * Quants in the locations with these full names (the locations configured for stock status
   * buckets, which may lie outside the warehouse's internal locations, such as a transit location),
   * of the given products only when {@code productIds} is set.
   */
  List<OdooRecord> quantsAtLocations(Collection<String> completeNames, List<Long> productIds) {
    if (completeNames.isEmpty()) {
      return List.of();
    }
    FieldMap qm = mapping.quant();
    Domain domain = Domain.where("location_id.complete_name", "in", List.copyOf(completeNames));
    if (productIds != null) {
      domain = domain.and(Domain.where(qm.field("product"), "in", productIds));
    }
    return odoo.streamSearchRead(QUANT, domain, qm.odooFields(), 500).toList();
  }

  long locationByName(String completeName) {
    List<Long> ids =
        odoo.search(
            "stock.location",
            Domain.where("complete_name", "=", completeName),
            SearchOptions.limit(1));
    if (ids.isEmpty()) {
      throw new WmsWorkflowException("no Odoo location named '" + completeName + "'");
    }
    return ids.get(0);
  }

  /**
   * Sets the counted quantity of a product's lot-less quant at a location (creating the quant when
   * there is none) and applies it as an inventory adjustment.
   *
   * @return the quant id
   */
  long adjustQuant(long productId, long locationId, BigDecimal target) {
    return adjustQuant(productId, locationId, null, target);
  }

  /**
   * As {@link #adjustQuant(long, long, BigDecimal)} for the quant of one lot ({@code lotId}), or
   * the lot-less quant when {@code lotId} is null.
   *
   * @return the quant id
   */
  long adjustQuant(long productId, long locationId, Long lotId, BigDecimal target) {
    FieldMap qm = mapping.quant();
    OdooClient inventory = odoo.withContext(Context.builder().put("inventory_mode", true).build());
    List<Long> quantIds =
        odoo.search(
            QUANT,
            Domain.where(qm.field("product"), "=", productId)
                .and(Domain.where(qm.field("location"), "=", locationId))
                .and(Domain.where(qm.field("lot"), "=", lotId == null ? false : lotId)),
            SearchOptions.limit(1));
    long quantId;
    if (quantIds.isEmpty()) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put(qm.field("product"), productId);
      values.put(qm.field("location"), locationId);
      if (lotId != null) {
        values.put(qm.field("lot"), lotId);
      }
      values.put(qm.field("inventoryQuantity"), target);
      quantId = inventory.create(QUANT, values);
    } else {
      quantId = quantIds.get(0);
      inventory.write(QUANT, List.of(quantId), Map.of(qm.field("inventoryQuantity"), target));
    }
    try {
      inventory.call(QUANT, "action_apply_inventory", List.of(List.of(quantId)), Map.of());
    } catch (OdooException e) {
      // action_apply_inventory returns None: over XML-RPC Odoo then answers with a "cannot
      // marshal None" fault although the adjustment was committed. Trust the quant, not the
      // transport.
      if (e.isRetryable() || !quantHolds(quantId, target)) {
        throw e;
      }
    }
    return quantId;
  }

  /**
   * Whether a quant holds the quantity an applied inventory adjustment set: Odoo's own {@code
   * quantity}, read through the generated {@link StockQuant}.
   */
  boolean quantHolds(long quantId, BigDecimal expected) {
    List<StockQuant> quants =
        odoo.model(StockQuant.MODEL).read(List.of(quantId), List.of(StockQuant.QUANTITY));
    return !quants.isEmpty()
        && quants.get(0).optionalQuantity().orElse(BigDecimal.ZERO).compareTo(expected) == 0;
  }
}
