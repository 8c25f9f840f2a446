package io.github.odooconnector.core.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.api.typed.Condition;
import io.github.odooconnector.core.api.typed.OdooRepository;
import io.github.odooconnector.core.api.typed.OdooVersionMismatchException;
import io.github.odooconnector.core.api.typed.Values;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Models generated for Odoo 17-19 refuse a server of another major version before any call, so an
 * upgrade is noticed at the first typed call and not through misread data.
 */
class TypedRepositoryVersionTest {

  @Test
  void everyTypedCallOnAnUncoveredVersionFailsBeforeAnythingIsSent() {
    StubClient odoo = new StubClient("20.0+e-20261201");
    OdooRepository<Parcel> parcels = odoo.model(Parcel.MODEL);
    Values<Parcel> values = Values.of(Parcel.MODEL).set(Parcel.NAME, "P");

    List<Runnable> calls =
        List.of(
            () -> parcels.search(Condition.all()),
            () -> parcels.searchRead(Parcel.NAME.eq("P"), SearchOptions.defaults()),
            () ->
                parcels.searchRead(
                    Parcel.NAME.eq("P"), SearchOptions.defaults(), List.of(Parcel.NAME)),
            () -> parcels.read(List.of(1L), List.of(Parcel.NAME)),
            () -> parcels.stream(Condition.all(), 10),
            () -> parcels.read(List.of()),
            () -> parcels.get(1),
            () -> parcels.count(Condition.all()),
            () -> parcels.create(values),
            () -> parcels.create(List.of()),
            () -> parcels.write(List.of(1L), values),
            () -> parcels.unlink(List.of()));

    for (Runnable call : calls) {
      assertThatThrownBy(call::run)
          .isInstanceOf(OdooVersionMismatchException.class)
          .isInstanceOf(OdooException.class)
          .hasMessageContaining("Parcel (stock.package) was generated for Odoo [17, 18, 19]")
          .hasMessageContaining("the server runs Odoo 20.0+e-20261201")
          .hasMessageContaining("regenerate");
    }
    assertThat(odoo.calls).isEmpty();
  }

  @Test
  void noIdsOrNoRecordsMeanNoCall() {
    StubClient odoo = new StubClient("18.0");
    OdooRepository<Parcel> parcels = odoo.model(Parcel.MODEL);

    assertThat(parcels.read(List.of())).isEmpty();
    assertThat(parcels.read(List.of(), List.of(Parcel.NAME))).isEmpty();
    assertThat(parcels.create(List.of())).isEmpty();
    parcels.unlink(List.of());
    parcels.write(List.of(), Values.of(Parcel.MODEL).set(Parcel.NAME, "x"));

    assertThat(odoo.calls).isEmpty();
    assertThat(parcels.model()).isSameAs(Parcel.MODEL);
  }
}
