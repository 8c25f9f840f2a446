package io.github.odooconnector.wms.internal;

import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.wms.api.WmsWorkflowException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Odoo's return flow as the web client drives it (fixtures {@code returns-*}, {@code
 * web-return-wizard-*}): a {@code stock.return.picking} created with {@code active_id}, {@code
 * active_ids} and {@code active_model=stock.picking} in the context, its lines' quantities written
 * ({@code stock.return.picking.line}: prefilled with the delivered quantity on 17, 0 on 18/19),
 * then {@code create_returns} on 17 or {@code action_create_returns} on 18/19, which answers a
 * window action whose {@code res_id} is the new incoming return picking ({@code return_id} = the
 * delivery, origin {@code Return of <delivery>}). Part of {@link WmsPickingGateway}: the model and
 * field names of the wizard live here only. Thread-safe.
 */
final class ReturnWizard {

  static final String WIZARD = "stock.return.picking";
  static final String LINE = "stock.return.picking.line";

  /**
   * One line of an open wizard: a move of the delivery and the quantity to return (in the move's
   * unit).
   *
   * @param moveId the delivery's move, 0 when Odoo did not say
   */
  record WizardLine(long id, long productId, long moveId, BigDecimal quantity) {}

  private final OdooClient odoo;

  ReturnWizard(OdooClient odoo) {
    this.odoo = odoo;
  }

  private OdooClient on(long deliveryId) {
    return odoo.withContext(
        Context.builder()
            .put("active_id", deliveryId)
            .put("active_ids", List.of(deliveryId))
            .put("active_model", "stock.picking")
            .build());
  }

  /** Opens the return wizard on a done delivery; Odoo fills its lines from the delivery's moves. */
  long open(long deliveryId) {
    return on(deliveryId).create(WIZARD, Map.of("picking_id", deliveryId));
  }

  /** The wizard's lines, by id. */
  List<WizardLine> lines(long wizardId) {
    return odoo
        .searchRead(
            LINE,
            Domain.where("wizard_id", "=", wizardId),
            List.of("product_id", "move_id", "quantity"),
            SearchOptions.defaults().withOrder("id"))
        .stream()
        .map(ReturnWizard::line)
        .toList();
  }

  private static WizardLine line(OdooRecord r) {
    return new WizardLine(
        r.id(),
        r.many2one("product_id")
            .orElseThrow(() -> new WmsWorkflowException(LINE + " " + r.id() + " has no product"))
            .id(),
        r.many2one("move_id").map(m -> m.id()).orElse(0L),
        r.decimal("quantity").orElse(BigDecimal.ZERO));
  }

  /** Sets the quantity to return of one line (in its move's unit). */
  void setQuantity(long lineId, BigDecimal quantity) {
    odoo.write(LINE, List.of(lineId), Map.of("quantity", quantity));
  }

  /**
   * Creates the return picking from the wizard with the method of the server's version.
   *
   * @return the new return picking's id
   */
  long createReturns(long deliveryId, long wizardId) {
    String method = odoo.serverVersion().major() >= 18 ? "action_create_returns" : "create_returns";
    Object action = on(deliveryId).call(WIZARD, method, List.of(List.of(wizardId)), Map.of());
    if (action instanceof Map<?, ?> a && a.get("res_id") instanceof Number id) {
      return id.longValue();
    }
    throw new WmsWorkflowException(
        WIZARD + "." + method + " answered no return picking (res_id): " + action);
  }
}
