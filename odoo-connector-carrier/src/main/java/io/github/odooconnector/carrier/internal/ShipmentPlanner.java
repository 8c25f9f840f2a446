package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.ParcelPlanner;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.internal.PlannedShipment.Content;
import io.github.odooconnector.carrier.internal.PlannedShipment.PlannedParcel;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.Dimensions;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.Party;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.model.Weight;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans an outgoing picking's parcels from Odoo: one parcel per package the goods were put in
 * ({@code stock.quant.package}, {@code stock.package} on Odoo 19: its shipping weight, or weight,
 * and its package type's dimensions and carrier code) plus one parcel for goods left outside any
 * package; or, without packages, one parcel of the picking's shipping weight. A configured {@link
 * ParcelPlanner} replaces this; its parcels are linked to Odoo packages by name. Each parcel
 * carries its contents for customs. Thread-safe.
 */
final class ShipmentPlanner {

  private final PickingGateway odoo;
  private final ParcelPlanner custom; // null: packages or weight
  private final Party shipFrom; // null: the picking company's partner
  private final Clock clock;

  ShipmentPlanner(PickingGateway odoo, ParcelPlanner custom, Party shipFrom, Clock clock) {
    this.odoo = odoo;
    this.custom = custom;
    this.shipFrom = shipFrom;
    this.clock = clock;
  }

  Party shipper(OdooRecord picking) {
    return shipFrom != null ? shipFrom : odoo.companyParty(picking);
  }

  PlannedShipment plan(OdooRecord picking) {
    String name = PickingGateway.name(picking);
    Party recipient = odoo.recipient(picking);
    long recipientId = picking.many2one("partner_id").map(Many2one::id).orElseThrow();
    List<OdooRecord> lines = odoo.moveLines(picking.id());
    Set<Long> productIds = new LinkedHashSet<>();
    Set<Long> packageIds = new LinkedHashSet<>();
    for (OdooRecord l : lines) {
      l.many2one("product_id").ifPresent(p -> productIds.add(p.id()));
      l.many2one("result_package_id").ifPresent(p -> packageIds.add(p.id()));
    }
    Map<Long, OdooRecord> products = odoo.products(productIds);
    Map<Long, OdooRecord> packages = odoo.packages(packageIds);
    UnitOfMeasure weightUnit =
        DefaultParcelPlanner.unit(picking.string("weight_uom_name").orElse("kg"), name);

    Map<Long, List<Content>> byPackage = new LinkedHashMap<>();
    List<Content> loose = new ArrayList<>();
    for (OdooRecord l : lines) {
      Optional<Many2one> product = l.many2one("product_id");
      if (product.isEmpty()) {
        continue;
      }
      BigDecimal qty =
          l.decimal("quantity")
              .filter(q -> q.signum() > 0)
              .or(() -> l.decimal("product_uom_qty"))
              .orElse(BigDecimal.ZERO);
      if (qty.signum() <= 0) {
        continue;
      }
      OdooRecord p = products.getOrDefault(product.get().id(), emptyProduct(product.get()));
      Content c =
          new Content(p, qty, l.decimal("sale_price").filter(v -> v.signum() > 0).orElse(null));
      Optional<Many2one> pkg = l.many2one("result_package_id");
      if (pkg.isPresent()) {
        byPackage.computeIfAbsent(pkg.get().id(), k -> new ArrayList<>()).add(c);
      } else {
        loose.add(c);
      }
    }

    List<PlannedParcel> parcels = new ArrayList<>();
    if (custom != null) {
      List<Parcel> planned = custom.plan(picking);
      if (planned == null || planned.isEmpty()) {
        throw new ShippingWorkflowException(
            null, "the parcel planner planned no parcel for stock.picking " + name);
      }
      Map<String, Long> packageByName = new LinkedHashMap<>();
      packages.forEach((id, r) -> r.string("name").ifPresent(n -> packageByName.put(n, id)));
      List<Content> all = new ArrayList<>(loose);
      byPackage.values().forEach(all::addAll);
      for (Parcel p : planned) {
        Long pkg = packageByName.get(p.parcelId());
        parcels.add(
            new PlannedParcel(
                p, pkg, pkg != null ? byPackage.getOrDefault(pkg, List.of()) : List.of()));
      }
      if (parcels.stream().allMatch(p -> p.packageId() == null)) {
        // contents cannot be split by the custom planner's parcels: declare them on the first
        PlannedParcel first = parcels.get(0);
        parcels.set(0, new PlannedParcel(first.parcel(), null, all));
      }
    } else if (!byPackage.isEmpty()) {
      Map<Long, OdooRecord> types = new LinkedHashMap<>();
      Set<Long> typeIds = new LinkedHashSet<>();
      packages
          .values()
          .forEach(r -> r.many2one("package_type_id").ifPresent(t -> typeIds.add(t.id())));
      types.putAll(odoo.packageTypes(typeIds));
      for (Map.Entry<Long, List<Content>> e : byPackage.entrySet()) {
        OdooRecord pkg = packages.get(e.getKey());
        if (pkg == null) {
          continue;
        }
        OdooRecord type = pkg.many2one("package_type_id").map(t -> types.get(t.id())).orElse(null);
        parcels.add(
            new PlannedParcel(
                packageParcel(pkg, type, e.getValue(), weightUnit, name),
                e.getKey(),
                e.getValue()));
      }
      if (!loose.isEmpty()) {
        BigDecimal kg = contentWeight(loose);
        if (kg.signum() <= 0) {
          throw new ShippingWorkflowException(
              null,
              "stock.picking "
                  + name
                  + " has goods outside any package whose products have no weight; put them in a"
                  + " package or give the products a weight");
        }
        parcels.add(
            new PlannedParcel(
                Parcel.builder().parcelId(name + "/bulk").weight(Weight.of(kg, weightUnit)).build(),
                null,
                loose));
      }
    } else {
      Parcel single = new DefaultParcelPlanner().plan(picking).get(0);
      parcels.add(new PlannedParcel(single, null, loose));
    }
    return new PlannedShipment(
        picking,
        shipper(picking),
        recipient,
        recipientId,
        parcels,
        shipDate(picking).orElse(null),
        picking.string("origin").orElse(name));
  }

  private static OdooRecord emptyProduct(Many2one product) {
    return OdooRecord.of(Map.of("id", product.id(), "display_name", product.displayName()));
  }

  private static Parcel packageParcel(
      OdooRecord pkg,
      OdooRecord type,
      List<Content> contents,
      UnitOfMeasure weightUnit,
      String pickingName) {
    String name = pkg.string("name").orElse("PACK" + pkg.id());
    BigDecimal weight =
        pkg.decimal("shipping_weight")
            .filter(w -> w.signum() > 0)
            .or(() -> pkg.decimal("weight").filter(w -> w.signum() > 0))
            .orElseGet(
                () ->
                    contentWeight(contents)
                        .add(
                            type == null
                                ? BigDecimal.ZERO
                                : type.decimal("base_weight").orElse(BigDecimal.ZERO)));
    if (weight.signum() <= 0) {
      throw new ShippingWorkflowException(
          null,
          "package "
              + name
              + " of stock.picking "
              + pickingName
              + " has no shipping_weight and its products have no weight; weigh the package");
    }
    Parcel.Builder b = Parcel.builder().parcelId(name).weight(Weight.of(weight, weightUnit));
    if (type != null) {
      Optional<BigDecimal> l = type.decimal("packaging_length").filter(v -> v.signum() > 0);
      Optional<BigDecimal> w = type.decimal("width").filter(v -> v.signum() > 0);
      Optional<BigDecimal> h = type.decimal("height").filter(v -> v.signum() > 0);
      if (l.isPresent() && w.isPresent() && h.isPresent()) {
        b.dimensions(
            Dimensions.of(
                l.get(),
                w.get(),
                h.get(),
                lengthUnit(type.string("length_uom_name").orElse("mm"))));
      }
      type.string("shipper_package_code")
          .or(() -> type.string("name"))
          .ifPresent(code -> b.packageType(code.length() > 64 ? code.substring(0, 64) : code));
    }
    return b.build();
  }

  /** The product weight of contents, in the product weight unit (kilograms by default). */
  static BigDecimal contentWeight(List<Content> contents) {
    BigDecimal kg = BigDecimal.ZERO;
    for (Content c : contents) {
      kg = kg.add(c.product().decimal("weight").orElse(BigDecimal.ZERO).multiply(c.quantity()));
    }
    return kg;
  }

  static UnitOfMeasure lengthUnit(String name) {
    switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "mm":
        return UnitOfMeasure.MMT;
      case "cm":
        return UnitOfMeasure.CMT;
      case "m":
        return UnitOfMeasure.MTR;
      case "in":
      case "inch":
      case "inches":
        return UnitOfMeasure.INH;
      case "ft":
      case "foot":
      case "feet":
        return UnitOfMeasure.FOT;
      default:
        throw new ShippingWorkflowException(
            null, "unsupported length unit '" + name + "' on a stock.package.type");
    }
  }

  private Optional<LocalDate> shipDate(OdooRecord picking) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    return picking
        .datetime("scheduled_date")
        .map(i -> i.atZone(ZoneOffset.UTC).toLocalDate())
        .filter(d -> d.isAfter(today));
  }
}
