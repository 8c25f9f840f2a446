package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.LabelResult;
import io.github.odooconnector.carrier.api.ParcelPlanner;
import io.github.odooconnector.carrier.api.RateSelectionRule;
import io.github.odooconnector.carrier.api.ReturnLabelOptions;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.carrier.spi.ReturnDetails;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.ShipmentOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Buys return labels: for an Odoo return picking (an incoming picking whose {@code return_id} is
 * the delivery; the label is attached to it and its {@code carrier_tracking_ref} written, so the
 * return is tracked like a delivery) or for a delivery itself (the label is attached beside the
 * outbound one as {@code ReturnLabel-...}, as Odoo's "return label on delivery" does). The parcel
 * travels from the customer back to the shipper with the delivery's carrier, under the RMA
 * reference; optionally the label is e-mailed to the customer through the chatter. Thread-safe.
 */
final class ReturnWorkflow {

  private final PickingGateway odoo;
  private final ShippingSetup setup;
  private final LabelWorkflow labels;
  private final RateShopper rates;

  ReturnWorkflow(
      PickingGateway odoo, ShippingSetup setup, LabelWorkflow labels, RateShopper rates) {
    this.odoo = odoo;
    this.setup = setup;
    this.labels = labels;
    this.rates = rates;
  }

  LabelResult buy(long pickingId, ReturnLabelOptions options) {
    List<String> fields = new ArrayList<>(ParcelPlanner.PICKING_FIELDS);
    OdooRecord picking = odoo.readPicking(pickingId, fields);
    String name = PickingGateway.name(picking);
    String type = picking.string("picking_type_code").orElse("");
    String state = picking.string("state").orElse("");
    if ("cancel".equals(state) || "draft".equals(state)) {
      throw new ShippingWorkflowException(
          null, "stock.picking " + name + " cannot get a return label in state " + state);
    }
    Optional<Many2one> returnOf = picking.many2one("return_id");
    boolean isReturnPicking = "incoming".equals(type) && returnOf.isPresent();
    if (!isReturnPicking && !"outgoing".equals(type)) {
      throw new ShippingWorkflowException(
          null,
          "stock.picking "
              + name
              + " is neither a delivery nor the return of one (picking_type_code="
              + type
              + ", return_id "
              + (returnOf.isPresent() ? "set" : "not set")
              + ")");
    }
    OdooRecord original =
        isReturnPicking
            ? odoo.readPicking(
                returnOf.get().id(), List.of("name", "carrier_id", "carrier_tracking_ref"))
            : picking;
    Many2one carrier =
        picking
            .many2one("carrier_id")
            .or(() -> original.many2one("carrier_id"))
            .orElseThrow(
                () ->
                    new ShippingWorkflowException(
                        null,
                        "stock.picking "
                            + name
                            + (isReturnPicking
                                ? " and the delivery it returns have no carrier_id"
                                : " has no carrier_id")
                            + "; set the delivery method"));
    ShippingSetup.Carrier reg = setup.forPickingCarrier(carrier);
    String rma = options.optionalRmaReference().orElse(isReturnPicking ? name : "RMA/" + name);
    String key = options.optionalIdempotencyKey().orElseGet(() -> labels.returnKey(pickingId));
    ShipmentOptions shipmentOptions =
        options.optionalShipmentOptions().orElse(ShipmentOptions.none());
    PlannedShipment plan = labels.returnPlan(picking, rma);
    Rate rate =
        rates
            .quote(
                RateRequest.builder(plan.shipFrom(), plan.shipTo())
                    .reference(rma)
                    .parcels(plan.canonicalParcels())
                    .shipmentOptions(shipmentOptions)
                    .build(),
                RateSelectionRule.cheapest(),
                List.of(reg.adapter()),
                Map.of())
            .chosen();
    String originalTracking =
        PickingGateway.trackingRefs(original).stream().findFirst().orElse(null);
    LabelResult result =
        labels.buy(
            new LabelWorkflow.Purchase(
                picking,
                reg,
                rate,
                key,
                shipmentOptions,
                null,
                null,
                new ReturnDetails(rma, originalTracking),
                isReturnPicking));
    if (options.emailCustomer() && !result.replayed()) {
      long partner = plan.recipientId();
      odoo.postToCustomer(
          pickingId,
          partner,
          "Your return label " + rma,
          "Please print the attached return label for "
              + rma
              + " and stick it on the parcel; hand it to "
              + reg.adapter().capabilities().displayName()
              + ". Tracking number: "
              + result.trackingRef(),
          result.attachmentIds());
    }
    return result;
  }
}
