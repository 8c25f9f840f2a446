package io.github.odooconnector.core.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooProtocolException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.core.api.typed.Condition;
import io.github.odooconnector.core.api.typed.FieldNotAvailableException;
import io.github.odooconnector.core.api.typed.FieldSpec;
import io.github.odooconnector.core.api.typed.OdooModel;
import io.github.odooconnector.core.api.typed.RecordReader;
import io.github.odooconnector.core.api.typed.TextField;
import io.github.odooconnector.core.api.typed.TypedRecord;
import io.github.odooconnector.core.api.typed.Values;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed runtime generated models use: fields, conditions, values, decoding, metadata. */
class TypedRuntimeTest {

  private static final ServerVersion V17 = ServerVersion.parse("17.0-20240709");
  private static final ServerVersion V19 = ServerVersion.parse("19.0+e-20251227");

  @Test
  void aRecordDecodesEveryTypeUnderTheWireNamesOfItsVersion() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("id", 8L);
    raw.put("name", "PACK0000008");
    raw.put("location_dest_id", List.of(2L, "Customers"));
    raw.put("weight", 12.5);
    raw.put("sequence", 3L);
    raw.put("pack_date", "2026-11-30");
    raw.put("create_date", "2026-11-30 10:15:00");
    raw.put("active", true);
    raw.put("package_use", "disposable");
    raw.put("quant_ids", false);
    raw.put("label", "aGk=");
    raw.put("only_on_19", false);

    Parcel p = Parcel.MODEL.decode(OdooRecord.of(raw), V19);

    assertThat(p.id()).isEqualTo(8);
    assertThat(p.name()).isEqualTo("PACK0000008");
    assertThat(p.locationId()).isEqualTo(new Many2one(2, "Customers"));
    assertThat(p.weight()).isEqualByComparingTo("12.5");
    assertThat(p.sequence()).isEqualTo(3L);
    assertThat(p.packDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(p.createDate()).isEqualTo(Instant.parse("2026-11-30T10:15:00Z"));
    assertThat(p.active()).isTrue();
    assertThat(p.use()).isEqualTo(ParcelUse.DISPOSABLE);
    assertThat(p.quantIds()).isEmpty();
    assertThat(p.label()).containsExactly('h', 'i');
    assertThat(p.onlyOn19()).isNull();
    assertThat(p.source().asMap()).isEqualTo(raw);
  }

  @Test
  void fieldsMissingOnTheVersionReadDecodeToNullAndAreNotRequested() {
    OdooRecord raw =
        OdooRecord.of(Map.of("id", 1L, "name", "P", "location_id", List.of(5L, "WH/Stock")));

    Parcel p = Parcel.MODEL.decode(raw, V17);

    assertThat(p.locationId().displayName()).isEqualTo("WH/Stock");
    assertThat(p.onlyOn19()).isNull();
    assertThat(Parcel.MODEL.fieldNames(V17)).contains("location_id").doesNotContain("only_on_19");
    assertThat(Parcel.MODEL.fieldNames(V19)).contains("location_dest_id", "only_on_19");
    assertThat(Parcel.MODEL.name(V17)).isEqualTo("stock.quant.package");
    assertThat(Parcel.MODEL.name(V19)).isEqualTo("stock.package");
    assertThat(Parcel.MODEL.name()).isEqualTo("stock.package");
    assertThat(Parcel.LOCATION_ID.name()).isEqualTo("location_dest_id");
  }

  @Test
  void aValueOfTheWrongShapeIsAProtocolErrorNamingTheField() {
    OdooRecord raw = OdooRecord.of(Map.of("id", 1L, "weight", "heavy"));

    assertThatThrownBy(() -> Parcel.MODEL.decode(raw, V17))
        .isInstanceOf(OdooProtocolException.class)
        .hasMessageContaining("field 'weight'");
  }

  @Test
  void conditionsCombineAndBecomeTheDomainOfTheServerVersion() {
    Condition<Parcel> c =
        Condition.anyOf(
                Parcel.NAME.ilike("PACK"),
                Parcel.WEIGHT.ge(new BigDecimal("2.5")).and(Parcel.LOCATION_ID.in(List.of(5L, 6L))))
            .and(Parcel.USE.ne(ParcelUse.REUSABLE))
            .and(Parcel.QUANT_IDS.contains(9))
            .and(Parcel.ACTIVE.isTrue().not());

    assertThat(c.toDomain(V17).toList())
        .isEqualTo(
            Domain.and(
                    Domain.or(
                        Domain.where("name", "ilike", "PACK"),
                        Domain.and(
                            Domain.where("weight", ">=", new BigDecimal("2.5")),
                            Domain.where("location_id", "in", List.of(5L, 6L)))),
                    Domain.where("package_use", "!=", "reusable"),
                    Domain.where("quant_ids", "in", List.of(9L)),
                    Domain.not(Domain.where("active", "=", true)))
                .toList());
    assertThat(Parcel.LOCATION_ID.eq(5).toDomain(V19))
        .isEqualTo(Domain.where("location_dest_id", "=", 5L));
    assertThat(Condition.<Parcel>all().and(Parcel.NAME.eq("x"))).isEqualTo(Parcel.NAME.eq("x"));
    assertThat(Condition.<Parcel>all().or(Parcel.NAME.eq("x")).isAll()).isTrue();
    assertThat(Condition.<Parcel>raw(Domain.where("x_any", "=", 1)).toDomain(V17))
        .isEqualTo(Domain.where("x_any", "=", 1));
    assertThatThrownBy(() -> Condition.<Parcel>all().not())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Parcel.ONLY_ON_19.eq("x").toDomain(V17))
        .isInstanceOf(FieldNotAvailableException.class)
        .hasMessageContaining("Parcel.onlyOn19 does not exist on Odoo 17.0-20240709")
        .hasMessageContaining("generated for Odoo 19");
  }

  @Test
  void valuesSendOnlyWhatWasSetUnderTheVersionsNamesAndClearExplicitly() {
    Values<Parcel> v =
        Values.of(Parcel.MODEL)
            .set(Parcel.NAME, "P1")
            .set(Parcel.LOCATION_ID, new Many2one(7, "WH"))
            .set(Parcel.QUANT_IDS, List.of(1L, 2L))
            .set(Parcel.USE, ParcelUse.REUSABLE)
            .set(Parcel.LABEL, new byte[] {1, 2})
            .clear(Parcel.WEIGHT);
    Values<Parcel> lines = Values.of(Parcel.MODEL).commands(Parcel.QUANT_IDS, Command.link(4));

    Map<String, Object> wire = v.toWire(V17);

    assertThat(wire)
        .containsExactly(
            Map.entry("name", "P1"),
            Map.entry("location_id", 7L),
            Map.entry("quant_ids", List.of(Command.set(List.of(1L, 2L)))),
            Map.entry("package_use", "reusable"),
            Map.entry("label", wire.get("label")),
            Map.entry("weight", false));
    assertThat(Values.of(Parcel.MODEL).clear(Parcel.QUANT_IDS).toWire(V17))
        .containsEntry("quant_ids", List.of(Command.clear()));
    assertThat(lines.toWire(V17)).containsEntry("quant_ids", List.of(Command.link(4)));
    assertThat(v.fields()).hasSize(6);
    assertThat(v.toString()).contains("label=<2 bytes>").contains("weight=<clear>");
    assertThatThrownBy(() -> v.toWire(V19))
        .isInstanceOf(FieldNotAvailableException.class)
        .hasMessageContaining("selection value 'reusable' does not exist on Odoo 19");
    assertThatThrownBy(() -> Values.of(Parcel.MODEL).set(Parcel.ONLY_ON_19, "x").toWire(V17))
        .isInstanceOf(FieldNotAvailableException.class);
    assertThatThrownBy(() -> Values.of(Parcel.MODEL).set(Parcel.LOCATION_ID, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Values.of(Parcel.MODEL).commands(Parcel.QUANT_IDS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnknownSelectionKeyDecodesToUnknownAndKeepsTheRawKey() {
    Parcel p =
        Parcel.MODEL.decode(OdooRecord.of(Map.of("id", 3L, "package_use", "returnable")), V17);

    assertThat(p.use()).isEqualTo(ParcelUse.UNKNOWN);
    assertThat(Parcel.USE.rawValue(p)).contains("returnable");
    assertThat(Parcel.USE.fromValue("reusable")).isEqualTo(ParcelUse.REUSABLE);
    assertThatThrownBy(() -> Parcel.USE.in(ParcelUse.DISPOSABLE, ParcelUse.UNKNOWN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Parcel.use");
  }

  @Test
  void modelsAndFieldSpecsRefuseInconsistentMetadata() {
    assertThatThrownBy(() -> FieldSpec.of("Bad Name", "char"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FieldSpec.of("a", "char").on(17, 17))
        .hasMessageContaining("listed twice");
    assertThatThrownBy(
            () ->
                TextField.of(
                    Parcel.class,
                    "x",
                    FieldSpec.of("x", "char").on(17),
                    FieldSpec.of("y", "char").on(17)))
        .hasMessageContaining("two specs for Odoo 17");
    assertThatThrownBy(() -> TextField.of(Parcel.class, "x", FieldSpec.of("x", "char")))
        .hasMessageContaining("names no major version");
    assertThatThrownBy(() -> TextField.of(Parcel.class, "x", FieldSpec.of("x", "integer").on(17)))
        .hasMessageContaining("Odoo type 'integer' does not fit TextField");
    assertThatThrownBy(
            () ->
                OdooModel.builder(Parcel.class, (RecordReader r) -> (Parcel) null)
                    .name("stock.quant.package", 17)
                    .fields(Parcel.NAME)
                    .build())
        .hasMessageContaining("describes Odoo 18 but the model has no name for that version");
    assertThatThrownBy(
            () ->
                OdooModel.builder(Parcel.class, (RecordReader r) -> (Parcel) null)
                    .name("a", 17, 18, 19)
                    .fields(
                        Parcel.NAME,
                        TextField.of(Parcel.class, "alias", FieldSpec.of("name", "char").on(17)))
                    .build())
        .hasMessageContaining("two fields are called 'name' on 17");
    assertThatThrownBy(
            () ->
                OdooModel.builder(Other.class, (RecordReader r) -> (Other) null)
                    .name("a", 17, 18, 19)
                    .fields(otherField())
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> OdooModel.builder(Parcel.class, (RecordReader r) -> (Parcel) null).build())
        .hasMessageContaining("needs a model name");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static TextField<Other> otherField() {
    return (TextField) Parcel.NAME;
  }

  private record Other(long id, OdooRecord source) implements TypedRecord {}
}
