package io.github.odooconnector.benchmarks.internal;

import java.nio.charset.StandardCharsets;

/**
 * Builds realistic XML-RPC {@code search_read} responses of a chosen size.
 *
 * <p>The shape is exactly Odoo 19's answer to {@code execute_kw('stock.picking', 'search_read',
 * ...)} as captured in {@code
 * fixtures/odoo-19/xmlrpc-execute_kw-search_read-stock.picking.response.xml} (same fields, same
 * value types, same one-element-per-line layout, {@code <boolean>0</boolean>} for unset dates),
 * with varying ids, names, partners and dates so nothing is artificially repetitive. Only the
 * generator lives here; the fixture is not copied.
 */
public final class SearchReadResponses {

  private static final String[] PARTNERS = {
    "Wood Corner",
    "Deco Addict",
    "Gemini Furniture",
    "Ready Mat",
    "Azure Interior",
    "Lumber Inc",
    "Acme Logistics GmbH",
    "Nordic Pallet & Crate A/S"
  };
  private static final String[] STATES = {"assigned", "confirmed", "waiting", "done", "draft"};

  private SearchReadResponses() {}

  /**
   * A {@code stock.picking} search_read response of at least {@code minBytes} bytes (UTF-8).
   *
   * @param minBytes lower bound of the size
   * @return the response body
   */
  public static byte[] stockPickings(int minBytes) {
    StringBuilder sb = new StringBuilder(minBytes + 4096);
    sb.append(
        "<?xml version=\"1.0\"?>\n<methodResponse>\n<params>\n<param>\n<value><array><data>\n");
    String tail = "</data></array></value>\n</param>\n</params>\n</methodResponse>\n";
    for (int id = 1; sb.length() + tail.length() < minBytes; id++) {
      appendPicking(sb, id);
    }
    sb.append(tail);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void appendPicking(StringBuilder sb, int id) {
    int partner = id % PARTNERS.length;
    String state = STATES[id % STATES.length];
    int day = 1 + id % 28;
    sb.append("<value><struct>\n");
    member(sb, "id", "<int>" + id + "</int>");
    member(sb, "name", "<string>WH/OUT/" + String.format("%05d", id) + "</string>");
    many2one(sb, "partner_id", 8 + partner, PARTNERS[partner]);
    many2one(sb, "picking_type_id", 2, "YourCompany: Delivery Orders");
    member(sb, "state", "<string>" + state + "</string>");
    member(sb, "scheduled_date", "<string>2026-11-" + two(day) + " 22:19:03</string>");
    member(
        sb,
        "date_done",
        "done".equals(state)
            ? "<string>2026-11-" + two(day) + " 23:" + two(id % 60) + ":03</string>"
            : "<boolean>0</boolean>");
    member(
        sb,
        "origin",
        "<string>"
            + (id % 3 == 0 ? "S" + String.format("%05d", id) : "outgoing shipment")
            + "</string>");
    sb.append("<member>\n<name>move_ids</name>\n<value><array><data>\n");
    for (int m = 0; m < 1 + id % 3; m++) {
      sb.append("<value><int>").append(17 + id * 3 + m).append("</int></value>\n");
    }
    sb.append("</data></array></value>\n</member>\n");
    many2one(sb, "location_id", 5, "WH/Stock");
    many2one(sb, "location_dest_id", 2, "Customers");
    sb.append("</struct></value>\n");
  }

  private static void member(StringBuilder sb, String name, String value) {
    sb.append("<member>\n<name>")
        .append(name)
        .append("</name>\n<value>")
        .append(value)
        .append("</value>\n</member>\n");
  }

  private static void many2one(StringBuilder sb, String name, int id, String displayName) {
    sb.append("<member>\n<name>")
        .append(name)
        .append("</name>\n<value><array><data>\n<value><int>")
        .append(id)
        .append("</int></value>\n<value><string>")
        .append(displayName.replace("&", "&amp;"))
        .append("</string></value>\n</data></array></value>\n</member>\n");
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
