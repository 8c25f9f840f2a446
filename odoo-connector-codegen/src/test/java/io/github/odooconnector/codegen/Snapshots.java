package io.github.odooconnector.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small hand-made snapshots for generator tests. */
final class Snapshots {

  private Snapshots() {}

  static Map<String, Object> field(String type, String label, Object... more) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("type", type);
    f.put("string", label);
    for (int i = 0; i < more.length; i += 2) {
      f.put((String) more[i], more[i + 1]);
    }
    return f;
  }

  static List<List<String>> selection(String... keyLabel) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < keyLabel.length; i += 2) {
      out.add(List.of(keyLabel[i], keyLabel[i + 1]));
    }
    return out;
  }

  /** sale.order / sale.order.line as Odoo {@code major} has them (19 renames the line unit). */
  static SchemaSnapshot sales(int major) {
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("name", field("char", "Order Reference", "required", true));
    order.put(
        "partner_id", field("many2one", "Customer", "relation", "res.partner", "required", true));
    order.put(
        "state",
        field(
            "selection",
            "Status",
            "selection",
            major == 17
                ? selection("draft", "Quotation", "sale", "Sales Order")
                : selection(
                    "draft", "Quotation", "sale", "Sales Order", "to approve", "To Approve")));
    order.put("amount_total", field("monetary", "Total", "digits", List.of(16, 2)));
    order.put("date_order", field("datetime", "Order Date"));
    order.put("validity_date", field("date", "Expiration"));
    order.put("order_line", field("one2many", "Lines", "relation", "sale.order.line"));
    order.put("locked", field("boolean", "Locked"));
    order.put("properties", field("properties", "Properties"));
    if (major >= 18) {
      order.put("new_in_18", field("char", "New"));
    }
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("order_id", field("many2one", "Order", "relation", "sale.order", "required", true));
    line.put("product_uom_qty", field("float", "Quantity", "required", true));
    line.put(
        major == 19 ? "product_uom_id" : "product_uom",
        field("many2one", "Unit", "relation", "uom.uom"));
    line.put("sequence", field(major == 17 ? "integer" : "char", "Sequence"));
    Map<String, Map<String, ?>> models = new LinkedHashMap<>();
    models.put("sale.order", order);
    models.put("sale.order.line", line);
    return SchemaSnapshot.fromFieldsGet(major + ".0-20250101", models, "test " + major);
  }
}
