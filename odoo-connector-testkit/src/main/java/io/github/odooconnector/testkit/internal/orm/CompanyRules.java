package io.github.odooconnector.testkit.internal.orm;

import io.github.odooconnector.testkit.internal.FakeConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Odoo's multi-company record rules, as the {@code multicompany-*} captures show them: the
 * companies of a call are {@code context.allowed_company_ids} (each must be one of the user's
 * companies, else "Access to unauthorized or invalid companies."), or all the user's companies
 * without it; records of the ruled models whose {@code company_id} is set to another company are
 * left out of searches and are an {@code AccessError} on read, write and unlink, and on business
 * methods ({@code action_confirm}, {@code button_validate}, ...), which read their records first.
 * The fake's admin belongs to every company, the demo user to its own company only. The hooks sit
 * in {@code Database.transaction}, {@code Queries.search/read}, {@code RecordWriter.write/unlink}
 * and {@code Rpc} (business methods).
 */
final class CompanyRules {

  /** The models with a company record rule (Odoo's {@code *_comp_rule}s the SDK touches). */
  static final Set<String> RULED =
      Set.of(
          "stock.warehouse",
          "stock.picking",
          "stock.location",
          "product.product",
          "product.template",
          "res.partner");

  private CompanyRules() {}

  /** The user's companies. */
  private static Set<Long> userCompanies(Database db) {
    Set<Long> all = new LinkedHashSet<>(db.table("res.company").keySet());
    if (db.uid() == FakeConfig.ADMIN_UID) {
      return all;
    }
    Map<String, Object> user =
        db.exists("res.users", db.uid()) ? db.row("res.users", db.uid()) : null;
    Object company = user == null ? null : user.get("company_id");
    return company instanceof Long c ? Set.of(c) : Set.of(1L);
  }

  /** The companies the current call may see (and the check of {@code allowed_company_ids}). */
  static Set<Long> allowed(Database db) {
    Object ctx = db.context().get("allowed_company_ids");
    Set<Long> user = userCompanies(db);
    if (!(ctx instanceof List<?> ids) || ids.isEmpty()) {
      return user;
    }
    Set<Long> out = new LinkedHashSet<>();
    for (Object id : ids) {
      if (!(id instanceof Number n) || !user.contains(n.longValue())) {
        throw OdooError.accessError("Access to unauthorized or invalid companies.");
      }
      out.add(n.longValue());
    }
    return out;
  }

  /** Checks {@code allowed_company_ids} at the start of a call, as Odoo's first rule check does. */
  static void checkContext(Database db) {
    if (db.context().containsKey("allowed_company_ids")) {
      allowed(db);
    }
  }

  /** The allowed companies when {@code model} has a company rule, else {@code null}. */
  static Set<Long> allowedFor(Database db, String model) {
    return RULED.contains(model) ? allowed(db) : null;
  }

  static boolean visible(Database db, String model, Set<Long> allowed, Map<String, Object> row) {
    return allowed == null || !(companyOf(db, model, row) instanceof Long c) || allowed.contains(c);
  }

  /** A variant's company is its template's ({@code _inherits}), as in Odoo. */
  private static Object companyOf(Database db, String model, Map<String, Object> row) {
    if ("product.product".equals(model)
        && row.get("product_tmpl_id") instanceof Long t
        && db.exists("product.template", t)) {
      return db.row("product.template", t).get("company_id");
    }
    return row.get("company_id");
  }

  /**
   * AccessError for records of other companies, with the multi-company hint Odoo 18 and 19 add (17
   * ends after the cookies, as its capture shows).
   */
  static void check(Database db, String model, List<Long> ids, String operation) {
    if (!RULED.contains(model)) {
      return;
    }
    Set<Long> allowed = allowed(db);
    List<String> hidden = new ArrayList<>();
    for (Long id : ids) {
      if (db.exists(model, id) && !visible(db, model, allowed, db.row(model, id))) {
        Object company = companyOf(db, model, db.row(model, id));
        hidden.add(db.displayName("res.company", (Long) company));
      }
    }
    if (!hidden.isEmpty()) {
      String user = db.uid() == FakeConfig.ADMIN_UID ? "Mitchell Admin" : "Marc Demo";
      throw OdooError.accessError(
          "Uh-oh! Looks like you have stumbled upon some top-secret records.\n\nSorry, "
              + user
              + " (id="
              + db.uid()
              + ") doesn't have '"
              + operation
              + "' access to:\n- "
              + db.model(model).description
              + " ("
              + model
              + ")\n\nIf you really, really need access, perhaps you can win over your friendly"
              + " administrator with a batch of freshly baked cookies."
              + (db.version().major() < 18
                  ? ""
                  : "\n\nThis seems to be a multi-company issue, you might be able to access the"
                      + " record by switching to the company: "
                      + hidden.get(0)
                      + "."));
    }
  }
}
