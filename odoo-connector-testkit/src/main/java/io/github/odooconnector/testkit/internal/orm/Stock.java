package io.github.odooconnector.testkit.internal.orm;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Business rules of the logistics models, one class per seam: {@link StockQuantities} (computed
 * quantities and amounts), {@link StockHooks} (create/write/unlink side effects), {@link
 * MoveStates} (move and picking states), {@link Reservation} (reservation and quants), {@link
 * Validation} (validation with backorders, cancellation) and {@link Orders} (sale and purchase
 * orders, chatter). This facade is what the ORM, the schema's computed fields and the RPC layer
 * call.
 */
final class Stock {
  static final double EPS = 1e-9;

  private final StockQuantities stockQuantities;
  private final StockHooks stockHooks;
  private final MoveStates moveStates;
  private final Reservation reservation;
  private final Validation validation;
  private final Orders orders;

  Stock(Database db) {
    this.stockQuantities = new StockQuantities(db, this);
    this.stockHooks = new StockHooks(db, this);
    this.moveStates = new MoveStates(db, this);
    this.reservation = new Reservation(db, this);
    this.validation = new Validation(db, this);
    this.orders = new Orders(db, this);
  }

  boolean storable(long productId) {
    return stockQuantities.storable(productId);
  }

  boolean isService(long productId) {
    return stockQuantities.isService(productId);
  }

  boolean internal(Object locationId) {
    return stockQuantities.internal(locationId);
  }

  Object qtyAvailable(Map<String, Object> product) {
    return stockQuantities.qtyAvailable(product);
  }

  Object freeQty(Map<String, Object> product) {
    return stockQuantities.freeQty(product);
  }

  Object templateQty(Map<String, Object> tmpl) {
    return stockQuantities.templateQty(tmpl);
  }

  Object reservedOnQuant(Map<String, Object> quant) {
    return stockQuantities.reservedOnQuant(quant);
  }

  Object availableOnQuant(Map<String, Object> quant) {
    return stockQuantities.availableOnQuant(quant);
  }

  Object moveQuantity(Map<String, Object> move) {
    return stockQuantities.moveQuantity(move);
  }

  Object lotQty(Map<String, Object> lot) {
    return stockQuantities.lotQty(lot);
  }

  Object pickingWeight(Map<String, Object> picking) {
    return stockQuantities.pickingWeight(picking);
  }

  Object orderAmount(Map<String, Object> order, String lineModel) {
    return stockQuantities.orderAmount(order, lineModel);
  }

  Object lineSubtotal(Map<String, Object> line, String qtyField) {
    return stockQuantities.lineSubtotal(line, qtyField);
  }

  Object base64Size(Object datas) {
    return stockQuantities.base64Size(datas);
  }

  void beforeCreate(String model, Map<String, Object> vals) {
    stockHooks.beforeCreate(model, vals);
  }

  void afterCreate(String model, long id, Map<String, Object> vals) {
    stockHooks.afterCreate(model, id, vals);
  }

  Long findQuant(Map<String, Object> vals) {
    return stockHooks.findQuant(vals);
  }

  Object applyInventory(List<Long> quantIds) {
    return reservation.applyInventory(quantIds);
  }

  void beforeWrite(String model, long id, Map<String, Object> vals) {
    stockHooks.beforeWrite(model, id, vals);
  }

  void afterWrite(String model, long id, Map<String, Object> vals) {
    stockHooks.afterWrite(model, id, vals);
  }

  void inverseCompute(
      String model, String field, Long id, Object value, Map<String, Object> later) {
    stockHooks.inverseCompute(model, field, id, value, later);
  }

  void beforeUnlink(String model, long id) {
    stockHooks.beforeUnlink(model, id);
  }

  static OdooError doneMoveError() {
    return OdooError.userError(
        "You cannot cancel a stock move that has been set to 'Done'. Create a return in"
            + " order to reverse the moves which took place.");
  }

  void setMoveQuantity(long moveId, double qty) {
    moveStates.setMoveQuantity(moveId, qty);
  }

  void recomputeMove(long moveId) {
    moveStates.recomputeMove(moveId);
  }

  void recomputePicking(Object pickingId) {
    moveStates.recomputePicking(pickingId);
  }

  Object saleConfirm(List<Long> ids) {
    return orders.saleConfirm(ids);
  }

  Object purchaseConfirm(List<Long> ids) {
    return orders.purchaseConfirm(ids);
  }

  Object pickingConfirm(List<Long> ids) {
    return reservation.pickingConfirm(ids);
  }

  Object assign(List<Long> ids, boolean strict) {
    return reservation.assign(ids, strict);
  }

  Object validate(List<Long> ids) {
    return validation.validate(ids);
  }

  boolean needsBackorder(long pickingId) {
    return validation.needsBackorder(pickingId);
  }

  Object backorderWizard(List<Long> wizardIds, boolean createBackorder) {
    return validation.backorderWizard(wizardIds, createBackorder);
  }

  void updateQuant(long product, Object location, Long lot, double delta) {
    reservation.updateQuant(product, location, lot, delta);
  }

  Object pickingCancel(List<Long> ids) {
    return validation.pickingCancel(ids);
  }

  Object orderCancel(String model, List<Long> ids) {
    return orders.orderCancel(model, ids);
  }

  Object orderDraft(String model, List<Long> ids) {
    return orders.orderDraft(model, ids);
  }

  Object messagePost(String model, List<Long> ids, Map<String, Object> kwargs) {
    return orders.messagePost(model, ids, kwargs);
  }

  Collection<Map<String, Object>> rows(String model) {
    return stockQuantities.rows(model);
  }

  static double num(Object o) {
    return o instanceof Number n ? n.doubleValue() : 0.0;
  }
}
