package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.ParcelPlanner;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.UnitOfMeasure;
import io.github.odooconnector.model.Weight;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One parcel of the picking's shipping weight (or weight), in the picking's weight unit. Stateless.
 */
public final class DefaultParcelPlanner implements ParcelPlanner {

  @Override
  public List<Parcel> plan(OdooRecord picking) {
    String name = PickingGateway.name(picking);
    BigDecimal weight =
        picking
            .decimal("shipping_weight")
            .filter(w -> w.signum() > 0)
            .or(() -> picking.decimal("weight").filter(w -> w.signum() > 0))
            .orElseThrow(
                () ->
                    new ShippingWorkflowException(
                        null,
                        "stock.picking "
                            + name
                            + " has no shipping_weight or weight; weigh it or configure a"
                            + " ParcelPlanner"));
    UnitOfMeasure unit = unit(picking.string("weight_uom_name").orElse("kg"), name);
    return List.of(Parcel.builder().parcelId(name + "/1").weight(Weight.of(weight, unit)).build());
  }

  static UnitOfMeasure unit(String uomName, String pickingName) {
    switch (uomName.strip().toLowerCase(Locale.ROOT)) {
      case "kg":
      case "kgs":
        return UnitOfMeasure.KGM;
      case "g":
        return UnitOfMeasure.GRM;
      case "lb":
      case "lbs":
        return UnitOfMeasure.LBR;
      case "oz":
        return UnitOfMeasure.ONZ;
      case "t":
        return UnitOfMeasure.TNE;
      default:
        throw new ShippingWorkflowException(
            null,
            "stock.picking "
                + pickingName
                + " has an unsupported weight_uom_name '"
                + uomName
                + "'");
    }
  }
}
