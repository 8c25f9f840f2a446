package io.github.odooconnector.wms.internal;

import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.FieldInfo;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.mapping.FieldMap;
import io.github.odooconnector.mapping.MappingConfig;
import io.github.odooconnector.mapping.StandardFieldMaps;
import io.github.odooconnector.models.StockPackage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Odoo's packages as the WMS workflows need them for handling units: the package model of the
 * server's version as the generated {@link StockPackage} names it ({@code stock.quant.package} on
 * 17/18, {@code stock.package} on 19), packages found or created by name (the SSCC), nested in
 * their pallet where the version can ({@code parent_package_id}, 19), and the move lines of a
 * picking with their destination package ({@code result_package_id}, field names from the {@link
 * MappingConfig}). Thread-safe.
 */
final class StockPackages {

  /** The container field of a nested package (Odoo 19's {@code stock.package}). */
  static final String PARENT = "parent_package_id";

  /**
   * One move line as read for packing.
   *
   * @param lotName the lot or serial number name, or null
   * @param packageId the destination package, or null
   */
  record MoveLine(
      long id,
      long moveId,
      BigDecimal quantity,
      String lotName,
      Long packageId,
      String packageName,
      OdooRecord source) {}

  /**
   * A package as the ASN needs it.
   *
   * @param parentId the package it is in (19 only), or null
   * @param typeName the package type's name, or null
   */
  record PackageInfo(long id, String name, Long parentId, String typeName) {}

  private final OdooClient odoo;
  private final MappingConfig mapping;
  private volatile Map<String, FieldInfo> fields;

  StockPackages(OdooClient odoo, MappingConfig mapping) {
    this.odoo = odoo;
    this.mapping = mapping;
  }

  /** The package model of this Odoo. */
  String model() {
    ServerVersion v = odoo.serverVersion();
    if (StockPackage.MODEL.supports(v)) {
      return StockPackage.MODEL.name(v);
    }
    return v.isAtLeast(19) ? "stock.package" : "stock.quant.package";
  }

  /** Whether packages can sit in other packages here (a carton on a pallet). */
  boolean nests() {
    Map<String, FieldInfo> f = fields;
    if (f == null) {
      f = odoo.fieldsGet(model());
      fields = f;
    }
    return f.containsKey(PARENT);
  }

  /** The picking's move lines, with lot and destination package. */
  List<MoveLine> moveLines(long pickingId) {
    FieldMap ml = mapping.moveLine();
    List<String> read =
        List.of(
            ml.field("move"),
            ml.field("product"),
            ml.field("quantity"),
            ml.field("lot"),
            ml.field("lotName"),
            ml.field("resultPackage"),
            ml.field("sourceLocation"),
            ml.field("destinationLocation"));
    List<MoveLine> out = new ArrayList<>();
    for (OdooRecord r :
        odoo.searchRead(
            StandardFieldMaps.MOVE_LINE,
            Domain.where(ml.field("picking"), "=", pickingId),
            read,
            SearchOptions.defaults().withOrder("id"))) {
      Optional<Many2one> move = r.many2one(ml.field("move"));
      if (move.isEmpty()) {
        continue;
      }
      Optional<Many2one> pkg = r.many2one(ml.field("resultPackage"));
      String lot =
          r.string(ml.field("lotName"))
              .filter(s -> !s.isBlank())
              .or(() -> r.many2one(ml.field("lot")).map(Many2one::displayName))
              .orElse(null);
      out.add(
          new MoveLine(
              r.id(),
              move.get().id(),
              r.decimal(ml.field("quantity")).orElse(BigDecimal.ZERO),
              lot,
              pkg.map(Many2one::id).orElse(null),
              pkg.map(Many2one::displayName).orElse(null),
              r));
    }
    return out;
  }

  /** Packages by id, with their container (where packages nest) and type. */
  Map<Long, PackageInfo> packages(Collection<Long> ids) {
    Map<Long, PackageInfo> out = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    List<String> read = new ArrayList<>(List.of("name", StockPackage.FieldNames.PACKAGE_TYPE_ID));
    if (nests()) {
      read.add(PARENT);
    }
    for (OdooRecord r : odoo.read(model(), ids, read)) {
      out.put(
          r.id(),
          new PackageInfo(
              r.id(),
              r.string("name").orElse(String.valueOf(r.id())),
              r.many2one(PARENT).map(Many2one::id).orElse(null),
              r.many2one(StockPackage.FieldNames.PACKAGE_TYPE_ID)
                  .map(Many2one::displayName)
                  .orElse(null)));
    }
    return out;
  }

  /**
   * The package of this name, created when there is none; where packages nest it is put in {@code
   * parentId} (when given and it is in no other package yet).
   */
  long findOrCreate(String name, Long parentId) {
    boolean nested = parentId != null && nests();
    List<Long> ids =
        odoo.search(
            model(), Domain.where("name", "=", name), SearchOptions.limit(1).withOrder("id"));
    if (ids.isEmpty()) {
      Map<String, Object> values = new LinkedHashMap<>();
      values.put("name", name);
      if (nested) {
        values.put(PARENT, parentId);
      }
      return odoo.create(model(), values);
    }
    long id = ids.get(0);
    if (nested && packages(List.of(id)).get(id).parentId() == null) {
      odoo.write(model(), List.of(id), Map.of(PARENT, parentId));
    }
    return id;
  }

  /**
   * Replaces a move's detailed operations by {@code lines} (the values of each new move line) and
   * marks it picked.
   */
  void replaceMoveLines(long moveId, List<Long> oldLineIds, List<Map<String, Object>> lines) {
    FieldMap mm = mapping.move();
    List<Command> commands = new ArrayList<>();
    for (Long old : oldLineIds) {
      commands.add(Command.delete(old));
    }
    for (Map<String, Object> values : lines) {
      commands.add(Command.create(values));
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(mm.field("moveLines"), commands);
    values.put(mm.field("picked"), true);
    odoo.write(StandardFieldMaps.MOVE, List.of(moveId), values);
  }

  /** The values of a copy of {@code line} with another quantity and destination package. */
  Map<String, Object> copyOf(MoveLine line, long pickingId, BigDecimal quantity, Long packageId) {
    FieldMap ml = mapping.moveLine();
    OdooRecord r = line.source();
    Map<String, Object> values = new LinkedHashMap<>();
    r.many2one(ml.field("product")).ifPresent(p -> values.put(ml.field("product"), p.id()));
    values.put(ml.field("quantity"), quantity);
    values.put(ml.field("picking"), pickingId);
    r.many2one(ml.field("sourceLocation"))
        .ifPresent(l -> values.put(ml.field("sourceLocation"), l.id()));
    r.many2one(ml.field("destinationLocation"))
        .ifPresent(l -> values.put(ml.field("destinationLocation"), l.id()));
    r.many2one(ml.field("lot")).ifPresent(l -> values.put(ml.field("lot"), l.id()));
    r.string(ml.field("lotName"))
        .filter(s -> !s.isBlank())
        .ifPresent(n -> values.put(ml.field("lotName"), n));
    values.put(ml.field("resultPackage"), packageId == null ? false : packageId);
    return values;
  }
}
