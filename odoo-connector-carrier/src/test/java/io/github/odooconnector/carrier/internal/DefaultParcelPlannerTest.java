package io.github.odooconnector.carrier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.model.Parcel;
import io.github.odooconnector.model.UnitOfMeasure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultParcelPlannerTest {

  private final DefaultParcelPlanner planner = new DefaultParcelPlanner();

  @Test
  void usesShippingWeightWhenPackagesWereWeighed() {
    List<Parcel> parcels =
        planner.plan(
            OdooRecord.of(
                Map.of(
                    "id",
                    7,
                    "name",
                    "WH/OUT/00007",
                    "shipping_weight",
                    3.25,
                    "weight",
                    2.0,
                    "weight_uom_name",
                    "kg")));
    assertThat(parcels)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.parcelId()).isEqualTo("WH/OUT/00007/1");
              assertThat(p.weight().value()).isEqualByComparingTo(new BigDecimal("3.25"));
              assertThat(p.weight().unit()).isEqualTo(UnitOfMeasure.KGM);
            });
  }

  @Test
  void fallsBackToProductWeightAndHonoursPounds() {
    List<Parcel> parcels =
        planner.plan(
            OdooRecord.of(
                Map.of(
                    "id",
                    7,
                    "name",
                    "WH/OUT/00007",
                    "shipping_weight",
                    false,
                    "weight",
                    4.5,
                    "weight_uom_name",
                    "lb")));
    assertThat(parcels.get(0).weight().unit()).isEqualTo(UnitOfMeasure.LBR);
    assertThat(parcels.get(0).weight().value()).isEqualByComparingTo("4.5");
  }

  @Test
  void refusesAPickingWithoutWeightNamingIt() {
    assertThatThrownBy(
            () ->
                planner.plan(
                    OdooRecord.of(
                        Map.of(
                            "id",
                            7,
                            "name",
                            "WH/OUT/00007",
                            "shipping_weight",
                            0.0,
                            "weight",
                            0.0))))
        .isInstanceOf(ShippingWorkflowException.class)
        .hasMessageContaining("WH/OUT/00007")
        .hasMessageContaining("weight");
  }

  @Test
  void refusesUnknownWeightUnits() {
    assertThatThrownBy(
            () ->
                planner.plan(
                    OdooRecord.of(
                        Map.of(
                            "id",
                            7,
                            "name",
                            "WH/OUT/00007",
                            "weight",
                            1.0,
                            "weight_uom_name",
                            "stone"))))
        .isInstanceOf(ShippingWorkflowException.class)
        .hasMessageContaining("stone");
  }
}
