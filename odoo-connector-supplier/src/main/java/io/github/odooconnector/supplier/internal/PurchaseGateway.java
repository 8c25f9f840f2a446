package io.github.odooconnector.supplier.internal;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.OdooTransportException;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.models.StockMoveLine;
import io.github.odooconnector.models.StockPackage;
import io.github.odooconnector.supplier.api.SupplierWorkflowException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every Odoo model and field name the supplier workflows use. The package model and the move line's
 * package field come from the generated models of {@code odoo-connector-models} for the server's
 * version ({@code stock.quant.package} on 17/18, {@code stock.package} on 19), as in the WMS and
 * carrier gateways. Thread-safe.
 */
final class PurchaseGateway {
  static final String ORDER = "purchase.order";
  static final String LINE = "purchase.order.line";
  static final String PICKING = "stock.picking";
  static final String MOVE = "stock.move";
  static final String MOVE_LINE = "stock.move.line";

  private final OdooClient odoo;

  /** The package's container, on versions that nest packages (19); not in the generated model. */
  static final String PARENT_PACKAGE = "parent_package_id";

  private final Map<String, String> uomFields = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> fields = new ConcurrentHashMap<>();

  PurchaseGateway(OdooClient odoo) {
    this.odoo = odoo;
  }

  /**
   * The unit field of a model: {@code product_uom_id} where it exists, else {@code product_uom}.
   */
  String uomField(String model) {
    return uomFields.computeIfAbsent(
        model,
        m -> odoo.fieldsGet(m).containsKey("product_uom_id") ? "product_uom_id" : "product_uom");
  }

  /** The fields a model has in this Odoo (cached); empty when the model does not exist. */
  Set<String> fields(String model) {
    return fields.computeIfAbsent(
        model,
        m -> {
          try {
            return Set.copyOf(odoo.fieldsGet(m).keySet());
          } catch (OdooTransportException e) {
            throw e;
          } catch (OdooException e) {
            return Set.of(); // the model does not exist in this version (or is not installed)
          }
        });
  }

  /**
   * The package model of this Odoo, as the generated {@link StockPackage} names it for the server's
   * version; a version the models were not generated for gets the model that exists there.
   */
  String packageModel() {
    ServerVersion v = odoo.serverVersion();
    if (StockPackage.MODEL.supports(v)) {
      return StockPackage.MODEL.name(v);
    }
    return v.isAtLeast(19) || fields("stock.quant.package").isEmpty()
        ? "stock.package"
        : "stock.quant.package";
  }

  /** Whether packages can be put in packages here ({@code parent_package_id}, Odoo 19). */
  boolean nestsPackages() {
    return fields(packageModel()).contains(PARENT_PACKAGE);
  }

  /** The move line's destination package field on this version. */
  String resultPackageField() {
    ServerVersion v = odoo.serverVersion();
    return StockMoveLine.MODEL.supports(v)
        ? StockMoveLine.RESULT_PACKAGE_ID.name(v)
        : StockMoveLine.FieldNames.RESULT_PACKAGE_ID;
  }

  /** Packages by name (the oldest of a name wins), with their container where there is one. */
  Map<String, OdooRecord> packagesNamed(Collection<String> names) {
    Map<String, OdooRecord> out = new LinkedHashMap<>();
    if (names.isEmpty()) {
      return out;
    }
    List<String> read =
        nestsPackages()
            ? List.of(StockPackage.FieldNames.NAME, PARENT_PACKAGE)
            : List.of(StockPackage.FieldNames.NAME);
    for (OdooRecord p :
        odoo.searchRead(
            packageModel(),
            Domain.where(StockPackage.FieldNames.NAME, "in", List.copyOf(names)),
            read,
            SearchOptions.defaults().withOrder("id"))) {
      out.putIfAbsent(p.string(StockPackage.FieldNames.NAME).orElseThrow(), p);
    }
    return out;
  }

  long createPackage(Map<String, ?> values) {
    return odoo.create(packageModel(), values);
  }

  void writePackage(long packageId, Map<String, ?> values) {
    odoo.write(packageModel(), List.of(packageId), values);
  }

  OdooRecord order(String name) {
    List<OdooRecord> found =
        odoo.searchRead(
            ORDER,
            Domain.where("name", "=", name),
            List.of(
                "name",
                "state",
                "partner_id",
                "partner_ref",
                "date_order",
                "date_planned",
                "currency_id",
                "user_id",
                "notes"),
            SearchOptions.limit(2));
    if (found.isEmpty()) {
      throw new SupplierWorkflowException("purchase order '" + name + "' does not exist in Odoo");
    }
    if (found.size() > 1) {
      throw new SupplierWorkflowException("purchase order name '" + name + "' is not unique");
    }
    return found.get(0);
  }

  List<OdooRecord> lines(long orderId) {
    return odoo.searchRead(
        LINE,
        Domain.where("order_id", "=", orderId),
        List.of(
            "product_id",
            "name",
            "product_qty",
            "qty_received",
            "price_unit",
            "date_planned",
            uomField(LINE)),
        SearchOptions.defaults());
  }

  Map<Long, String> productCodes(Collection<Long> productIds) {
    Map<Long, String> codes = new LinkedHashMap<>();
    for (OdooRecord p :
        odoo.read("product.product", List.copyOf(productIds), List.of("default_code"))) {
      codes.put(p.id(), p.string("default_code").orElse(null));
    }
    return codes;
  }

  OdooRecord partner(long id) {
    return odoo.read("res.partner", List.of(id), List.of("name", "ref", "email", "phone")).get(0);
  }

  void writeLine(long lineId, Map<String, ?> values) {
    odoo.write(LINE, List.of(lineId), values);
  }

  void writeOrder(long orderId, Map<String, ?> values) {
    odoo.write(ORDER, List.of(orderId), values);
  }

  void cancelOrder(long orderId) {
    odoo.call(ORDER, "button_cancel", List.of(List.of(orderId)), Map.of());
  }

  List<OdooRecord> openReceipts(long orderId) {
    return odoo.searchRead(
        PICKING,
        Domain.where("purchase_id", "=", orderId)
            .and(Domain.where("state", "not in", List.of("done", "cancel"))),
        List.of("name", "scheduled_date", "location_id", "location_dest_id"),
        SearchOptions.defaults());
  }

  List<OdooRecord> moves(long pickingId) {
    return odoo.searchRead(
        MOVE,
        Domain.where("picking_id", "=", pickingId)
            .and(Domain.where("state", "not in", List.of("done", "cancel"))),
        List.of(
            "product_id",
            "product_uom_qty",
            uomField(MOVE),
            "location_id",
            "location_dest_id",
            "move_line_ids"),
        SearchOptions.defaults());
  }

  void writePicking(long pickingId, Map<String, ?> values) {
    odoo.write(PICKING, List.of(pickingId), values);
  }

  void writeMove(long moveId, Map<String, ?> values) {
    odoo.write(MOVE, List.of(moveId), values);
  }

  List<OdooRecord> moveLines(Collection<Long> ids) {
    return ids.isEmpty()
        ? List.of()
        : odoo.read(
            MOVE_LINE,
            List.copyOf(ids),
            List.of("lot_name", "lot_id", "quantity", resultPackageField()));
  }

  void replaceMoveLines(Collection<Long> remove, List<Map<String, Object>> create) {
    if (!remove.isEmpty()) {
      odoo.unlink(MOVE_LINE, List.copyOf(remove));
    }
    if (!create.isEmpty()) {
      odoo.create(MOVE_LINE, create);
    }
  }

  /**
   * Creates a to-do activity on a record unless one with the same summary is open there already;
   * returns its id either way.
   */
  long activity(
      String model, long resId, String summary, String note, LocalDate deadline, Long user) {
    List<Long> modelIds = odoo.search("ir.model", Domain.where("model", "=", model));
    if (modelIds.isEmpty()) {
      throw new SupplierWorkflowException("Odoo has no model " + model + " to put an activity on");
    }
    long modelId = modelIds.get(0);
    List<Long> open =
        odoo.search(
            "mail.activity",
            Domain.where("res_model_id", "=", modelId)
                .and(Domain.where("res_id", "=", resId))
                .and(Domain.where("summary", "=", summary)));
    if (!open.isEmpty()) {
      return open.get(0);
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("res_model_id", modelId);
    values.put("res_id", resId);
    values.put("summary", summary);
    values.put("note", note);
    values.put("date_deadline", deadline);
    if (user != null) {
      values.put("user_id", user);
    }
    return odoo.create("mail.activity", values);
  }

  void post(String model, long id, String body) {
    odoo.call(model, "message_post", List.of(List.of(id)), Map.of("body", body));
  }
}
