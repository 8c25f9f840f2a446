package io.github.odooconnector.carrier.api;

import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.Parcel;
import java.util.List;

/**
 * Decides the parcels of an outgoing picking for rating and label purchase. The default planner
 * ships one parcel per Odoo package the goods were put in ({@code stock.quant.package}, {@code
 * stock.package} on Odoo 19; named like the package, weighing its {@code shipping_weight} or {@code
 * weight}, with its package type's dimensions) plus one for goods outside any package, and without
 * packages one parcel weighing the picking's {@code shipping_weight} (or {@code weight}) in the
 * unit of {@code weight_uom_name}. Supply your own to plan differently; a parcel whose id is the
 * name of one of the picking's packages is linked to that package (its tracking number is written
 * there).
 *
 * <p>Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ParcelPlanner {

  /**
   * The {@code stock.picking} fields read before planning (those this Odoo has); a planner may rely
   * on them.
   */
  List<String> PICKING_FIELDS =
      List.of(
          "name",
          "state",
          "picking_type_code",
          "partner_id",
          "company_id",
          "carrier_id",
          "carrier_tracking_ref",
          "carrier_price",
          "weight",
          "shipping_weight",
          "weight_uom_name",
          "scheduled_date",
          "origin",
          "sale_id",
          "return_id",
          "user_id");

  /**
   * Plans the parcels.
   *
   * @param picking the picking, read with at least {@link #PICKING_FIELDS}
   * @return at least one parcel, each with a weight
   * @throws ShippingWorkflowException if the picking cannot be planned (for example it has no
   *     weight)
   */
  List<Parcel> plan(OdooRecord picking);
}
