package io.github.odooconnector.mapping;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.model.Address;
import io.github.odooconnector.model.AdvanceShipNotice;
import io.github.odooconnector.model.AsnLine;
import io.github.odooconnector.model.CarrierService;
import io.github.odooconnector.model.FulfillmentLine;
import io.github.odooconnector.model.FulfillmentOrder;
import io.github.odooconnector.model.LocationRef;
import io.github.odooconnector.model.OrderPriority;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.Quantity;
import io.github.odooconnector.model.Sku;
import io.github.odooconnector.model.UnitOfMeasure;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads Odoo logistics documents through an {@link OdooClient} and a {@link MappingConfig} and
 * assembles canonical entities from them: a delivery picking becomes a {@link FulfillmentOrder}, a
 * receipt picking an {@link AdvanceShipNotice}, a partner a {@link Party}.
 *
 * <p>Identifiers: a fulfillment order's id and an ASN's id are the picking reference ({@code
 * WH/OUT/00042}); a line id is the {@code stock.move} id as text, so WMS confirmations can be
 * matched to the exact move. Quantities are in the move's unit of measure.
 *
 * <p>Thread-safe when the client is (it is).
 */
public final class OdooDocuments {

  private final OdooClient client;
  private final MappingConfig config;

  /**
   * Creates a reader.
   *
   * @param client the Odoo client
   * @param config the mapping configuration
   */
  public OdooDocuments(OdooClient client, MappingConfig config) {
    this.client = Objects.requireNonNull(client, "client");
    this.config = Objects.requireNonNull(config, "config");
  }

  /**
   * The configuration in use.
   *
   * @return the configuration
   */
  public MappingConfig config() {
    return config;
  }

  /**
   * Reads a picking with every field of the picking map.
   *
   * @param pickingId the id
   * @param extraFields further fields to read (for example a release marker)
   * @return the picking
   * @throws MappingException if it does not exist
   */
  public MappedRecord picking(long pickingId, String... extraFields) {
    List<String> fields = new ArrayList<>(config.picking().odooFields());
    for (String f : extraFields) {
      if (!fields.contains(f)) {
        fields.add(f);
      }
    }
    List<OdooRecord> recs = client.read(StandardFieldMaps.PICKING, List.of(pickingId), fields);
    if (recs.isEmpty()) {
      throw new MappingException(
          StandardFieldMaps.PICKING, pickingId, null, "record does not exist");
    }
    return MappedRecord.of(recs.get(0), config.picking());
  }

  /**
   * Finds a picking by its reference.
   *
   * @param reference the picking name, for example {@code WH/OUT/00042}
   * @param extraFields further fields to read
   * @return the picking, empty when there is none
   */
  public Optional<MappedRecord> pickingByReference(String reference, String... extraFields) {
    List<String> fields = new ArrayList<>(config.picking().odooFields());
    for (String f : extraFields) {
      if (!fields.contains(f)) {
        fields.add(f);
      }
    }
    List<OdooRecord> recs =
        client.searchRead(
            StandardFieldMaps.PICKING,
            Domain.where(config.picking().field("reference"), "=", reference),
            fields,
            SearchOptions.limit(2).withOrder("id"));
    return recs.isEmpty()
        ? Optional.empty()
        : Optional.of(MappedRecord.of(recs.get(0), config.picking()));
  }

  /**
   * Reads the moves of a picking (cancelled moves excluded), products resolved.
   *
   * @param picking the picking
   * @return the moves in id order
   */
  public List<MoveInfo> moves(MappedRecord picking) {
    List<Long> ids = picking.ids("moves");
    if (ids.isEmpty()) {
      return List.of();
    }
    FieldMap mm = config.move();
    List<OdooRecord> recs =
        new ArrayList<>(client.read(StandardFieldMaps.MOVE, ids, mm.odooFields()));
    recs.sort((a, b) -> Long.compare(a.id(), b.id()));
    LinkedHashSet<Long> productIds = new LinkedHashSet<>();
    for (OdooRecord r : recs) {
      productIds.add(MappedRecord.of(r, mm).requireMany2one("product").id());
    }
    Map<Long, ProductInfo> products = products(productIds);
    List<MoveInfo> out = new ArrayList<>();
    for (OdooRecord r : recs) {
      MappedRecord m = MappedRecord.of(r, mm);
      String state = m.string("state").orElse("");
      if ("cancel".equals(state)) {
        continue;
      }
      ProductInfo product = products.get(m.requireMany2one("product").id());
      UnitOfMeasure unit =
          m.many2one("uom")
              .map(
                  u -> config.units().require(u.displayName(), mm.model(), m.id(), mm.field("uom")))
              .orElse(product.unit());
      out.add(
          new MoveInfo(
              m.id(),
              product,
              Quantity.of(m.decimalOrZero("demand"), unit),
              Quantity.of(m.decimal("quantity").orElse(BigDecimal.ZERO), unit),
              state,
              m.ids("moveLines"),
              m.many2one("sourceLocation").map(Many2one::id).orElse(0L),
              m.many2one("destinationLocation").map(Many2one::id).orElse(0L)));
    }
    return out;
  }

  /**
   * Reads products by id.
   *
   * @param ids the product ids
   * @return id to product, for every id that exists
   * @throws MappingException if a product has no SKU or an unknown unit
   */
  public Map<Long, ProductInfo> products(Collection<Long> ids) {
    Map<Long, ProductInfo> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    FieldMap pm = config.product();
    for (OdooRecord r : client.read(StandardFieldMaps.PRODUCT, List.copyOf(ids), pm.odooFields())) {
      ProductInfo p = product(MappedRecord.of(r, pm));
      out.put(p.id(), p);
    }
    return out;
  }

  /**
   * Reads products by id like {@link #products(Collection)}, but a product that cannot be mapped
   * (no SKU, unknown unit) is returned among the {@linkplain ProductLookup#unmapped() unmapped}
   * ones instead of failing the whole read.
   *
   * @param ids the product ids
   * @return the mapped and the unmapped products, for every id that exists
   */
  public ProductLookup productLookup(Collection<Long> ids) {
    Map<Long, ProductInfo> found = new LinkedHashMap<>();
    Map<Long, MappingException> unmapped = new LinkedHashMap<>();
    if (!ids.isEmpty()) {
      FieldMap pm = config.product();
      for (OdooRecord r :
          client.read(StandardFieldMaps.PRODUCT, List.copyOf(ids), pm.odooFields())) {
        lenient(MappedRecord.of(r, pm), found, unmapped);
      }
    }
    return new ProductLookup(found, unmapped);
  }

  /**
   * Finds a product by SKU like {@link #productBySku(Sku)}, but a product that cannot be mapped
   * (unknown unit) is returned as unmapped instead of failing.
   *
   * @param sku the SKU
   * @return the product, if any, mapped or not
   */
  public ProductLookup productLookupBySku(Sku sku) {
    FieldMap pm = config.product();
    Map<Long, ProductInfo> found = new LinkedHashMap<>();
    Map<Long, MappingException> unmapped = new LinkedHashMap<>();
    for (OdooRecord r :
        client.searchRead(
            StandardFieldMaps.PRODUCT,
            Domain.where(pm.field("sku"), "=", sku.value()),
            pm.odooFields(),
            SearchOptions.limit(1))) {
      lenient(MappedRecord.of(r, pm), found, unmapped);
    }
    return new ProductLookup(found, unmapped);
  }

  private void lenient(
      MappedRecord m, Map<Long, ProductInfo> found, Map<Long, MappingException> unmapped) {
    try {
      ProductInfo p = product(m);
      found.put(p.id(), p);
    } catch (MappingException e) {
      unmapped.put(m.id(), e);
    }
  }

  /**
   * Finds a product by SKU.
   *
   * @param sku the SKU
   * @return the product, empty when no product has this default code
   */
  public Optional<ProductInfo> productBySku(Sku sku) {
    FieldMap pm = config.product();
    List<OdooRecord> recs =
        client.searchRead(
            StandardFieldMaps.PRODUCT,
            Domain.where(pm.field("sku"), "=", sku.value()),
            pm.odooFields(),
            SearchOptions.limit(1));
    return recs.isEmpty()
        ? Optional.empty()
        : Optional.of(product(MappedRecord.of(recs.get(0), pm)));
  }

  private ProductInfo product(MappedRecord m) {
    String sku = m.requireString("sku");
    UnitOfMeasure unit =
        m.many2one("uom")
            .map(
                u ->
                    config
                        .units()
                        .require(
                            u.displayName(),
                            m.fieldMap().model(),
                            m.id(),
                            m.fieldMap().field("uom")))
            .orElse(UnitOfMeasure.C62);
    return new ProductInfo(
        m.id(),
        new Sku(sku),
        m.string("name").orElse(sku),
        unit,
        m.string("tracking").orElse("none"));
  }

  /**
   * Reads a partner as a canonical party.
   *
   * @param partnerId the {@code res.partner} id
   * @param requireAddress whether a postal address is mandatory (ship-to parties)
   * @return the party
   * @throws MappingException if the partner does not exist, or the address is required but
   *     incomplete
   */
  public Party party(long partnerId, boolean requireAddress) {
    FieldMap pm = config.partner();
    List<OdooRecord> recs =
        client.read(StandardFieldMaps.PARTNER, List.of(partnerId), pm.odooFields());
    if (recs.isEmpty()) {
      throw new MappingException(pm.model(), partnerId, null, "record does not exist");
    }
    MappedRecord m = MappedRecord.of(recs.get(0), pm);
    Optional<String> street = m.string("street");
    Optional<String> city = m.string("city");
    Optional<String> country = m.many2one("country").flatMap(this::countryCode);
    Address address = null;
    if (street.isPresent() && city.isPresent() && country.isPresent()) {
      address =
          new Address(
              street.get(),
              m.string("street2").orElse(null),
              city.get(),
              m.many2one("state").map(Many2one::displayName).orElse(null),
              m.string("zip").orElse(null),
              country.get());
    } else if (requireAddress) {
      String missing =
          street.isEmpty()
              ? pm.field("street")
              : city.isEmpty() ? pm.field("city") : pm.field("country");
      throw new MappingException(pm.model(), partnerId, missing, "ship-to address is incomplete");
    }
    return Party.builder(m.requireString("name"))
        .partyId(String.valueOf(partnerId))
        .address(address)
        .email(m.string("email").orElse(null))
        .phone(m.string("phone").orElse(null))
        .build();
  }

  private Optional<String> countryCode(Many2one country) {
    List<OdooRecord> recs = client.read("res.country", List.of(country.id()), List.of("code"));
    return recs.isEmpty() ? Optional.empty() : recs.get(0).string("code");
  }

  /**
   * Assembles the fulfillment order for an outgoing picking.
   *
   * @param picking the picking (read with {@link #picking(long, String...)})
   * @return the order
   * @throws MappingException if the picking has no partner with a ship-to address, no open moves,
   *     or a product without SKU
   */
  public FulfillmentOrder fulfillmentOrder(MappedRecord picking) {
    String reference = picking.requireString("reference");
    Many2one partner = picking.requireMany2one("partner");
    List<MoveInfo> moves = moves(picking);
    FulfillmentOrder.Builder b =
        FulfillmentOrder.builder()
            .fulfillmentOrderId(reference)
            .orderRef(
                picking
                    .many2one("saleOrder")
                    .map(Many2one::displayName)
                    .or(() -> picking.string("origin"))
                    .orElse(null))
            .warehouse(config.warehouse())
            .shipTo(party(partner.id(), true))
            .priority(
                "1".equals(picking.string("priority").orElse("0"))
                    ? OrderPriority.HIGH
                    : OrderPriority.NORMAL)
            .requestedShipDate(
                picking
                    .datetime("scheduledDate")
                    .map(i -> i.atOffset(ZoneOffset.UTC).toLocalDate())
                    .orElse(null));
    picking
        .many2one("carrier")
        .ifPresent(c -> b.carrierService(CarrierService.of(c.displayName())));
    int lines = 0;
    for (MoveInfo move : moves) {
      if ("done".equals(move.state()) || move.demand().signum() <= 0) {
        continue;
      }
      b.addLine(
          new FulfillmentLine(
              String.valueOf(move.id()),
              move.product().sku(),
              null,
              move.product().name(),
              move.demand(),
              null,
              null));
      lines++;
    }
    if (lines == 0) {
      throw new MappingException(
          StandardFieldMaps.PICKING,
          picking.id(),
          config.picking().field("moves"),
          "picking has no open moves to fulfil");
    }
    return b.build();
  }

  /**
   * Assembles the advance ship notice for an incoming (receipt) picking.
   *
   * @param picking the receipt picking
   * @return the notice
   * @throws MappingException if the picking has no partner, no open moves, or a product without SKU
   */
  public AdvanceShipNotice advanceShipNotice(MappedRecord picking) {
    String reference = picking.requireString("reference");
    Many2one partner = picking.requireMany2one("partner");
    String bin =
        picking
            .many2one("destinationLocation")
            .map(Many2one::displayName)
            .map(this::binOf)
            .orElse(null);
    AdvanceShipNotice.Builder b =
        AdvanceShipNotice.builder()
            .asnId(reference)
            .purchaseOrderRef(
                picking
                    .many2one("purchaseOrder")
                    .map(Many2one::displayName)
                    .or(() -> picking.string("origin"))
                    .orElse(null))
            .supplier(party(partner.id(), false))
            .destination(LocationRef.of(config.warehouse(), bin))
            .expectedArrival(picking.datetime("scheduledDate").orElse(null));
    int lines = 0;
    for (MoveInfo move : moves(picking)) {
      if ("done".equals(move.state()) || move.demand().signum() <= 0) {
        continue;
      }
      b.addLine(AsnLine.of(String.valueOf(move.id()), move.product().sku(), move.demand()));
      lines++;
    }
    if (lines == 0) {
      throw new MappingException(
          StandardFieldMaps.PICKING,
          picking.id(),
          config.picking().field("moves"),
          "receipt has no open moves");
    }
    return b.build();
  }

  /**
   * The bin part of an Odoo location's complete name relative to the warehouse ({@code
   * WH/Stock/Shelf 1} gives {@code Stock/Shelf 1}); the complete name when it is outside the
   * warehouse.
   *
   * @param completeName the location's complete name
   * @return the bin
   */
  public String binOf(String completeName) {
    String prefix = config.warehouse() + "/";
    return completeName.startsWith(prefix) ? completeName.substring(prefix.length()) : completeName;
  }

  /**
   * The Odoo complete location name for a canonical location ({@code WH} + {@code Stock} gives
   * {@code WH/Stock}).
   *
   * @param location the canonical location
   * @return the complete name
   */
  public String odooLocationName(LocationRef location) {
    return location
        .optionalBin()
        .map(b -> location.warehouse() + "/" + b)
        .orElse(location.warehouse() + "/Stock");
  }
}
