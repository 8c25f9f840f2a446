package io.github.odooconnector.core.typed;

import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.typed.BinaryField;
import io.github.odooconnector.core.api.typed.BooleanField;
import io.github.odooconnector.core.api.typed.ComparableField;
import io.github.odooconnector.core.api.typed.FieldSpec;
import io.github.odooconnector.core.api.typed.Many2oneField;
import io.github.odooconnector.core.api.typed.OdooModel;
import io.github.odooconnector.core.api.typed.RecordReader;
import io.github.odooconnector.core.api.typed.SelectionField;
import io.github.odooconnector.core.api.typed.TextField;
import io.github.odooconnector.core.api.typed.TypedRecord;
import io.github.odooconnector.core.api.typed.X2manyField;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A model in the shape odoo-connector-codegen generates, written by hand so core's typed runtime is
 * tested without the generator: {@code stock.quant.package} (17, 18) renamed {@code stock.package}
 * (19), a field renamed on 19, a field only on 19, and a selection whose keys differ per version.
 */
record Parcel(
    long id,
    String name,
    Many2one locationId,
    BigDecimal weight,
    Long sequence,
    LocalDate packDate,
    Instant createDate,
    Boolean active,
    ParcelUse use,
    List<Long> quantIds,
    byte[] label,
    String onlyOn19,
    OdooRecord source)
    implements TypedRecord {

  static final TextField<Parcel> NAME =
      TextField.of(
          Parcel.class, "name", FieldSpec.of("name", "char").withRequired(true).on(17, 18, 19));
  static final Many2oneField<Parcel> LOCATION_ID =
      Many2oneField.of(
          Parcel.class,
          "locationId",
          FieldSpec.of("location_id", "many2one").withRelation("stock.location").on(17, 18),
          FieldSpec.of("location_dest_id", "many2one").withRelation("stock.location").on(19));
  static final ComparableField<Parcel, BigDecimal> WEIGHT =
      ComparableField.decimal(
          Parcel.class, "weight", FieldSpec.of("weight", "float").on(17, 18, 19));
  static final ComparableField<Parcel, Long> SEQUENCE =
      ComparableField.integer(
          Parcel.class, "sequence", FieldSpec.of("sequence", "integer").on(17, 18, 19));
  static final ComparableField<Parcel, LocalDate> PACK_DATE =
      ComparableField.date(
          Parcel.class, "packDate", FieldSpec.of("pack_date", "date").on(17, 18, 19));
  static final ComparableField<Parcel, Instant> CREATE_DATE =
      ComparableField.dateTime(
          Parcel.class, "createDate", FieldSpec.of("create_date", "datetime").on(17, 18, 19));
  static final BooleanField<Parcel> ACTIVE =
      BooleanField.of(Parcel.class, "active", FieldSpec.of("active", "boolean").on(17, 18, 19));
  static final SelectionField<Parcel, ParcelUse> USE =
      SelectionField.of(
          Parcel.class,
          "use",
          ParcelUse.class,
          FieldSpec.of("package_use", "selection")
              .withSelection("disposable", "reusable")
              .on(17, 18),
          FieldSpec.of("package_use", "selection").withSelection("disposable").on(19));
  static final X2manyField<Parcel> QUANT_IDS =
      X2manyField.of(
          Parcel.class,
          "quantIds",
          FieldSpec.of("quant_ids", "one2many").withRelation("stock.quant").on(17, 18, 19));
  static final BinaryField<Parcel> LABEL =
      BinaryField.of(Parcel.class, "label", FieldSpec.of("label", "binary").on(17, 18, 19));
  static final TextField<Parcel> ONLY_ON_19 =
      TextField.of(Parcel.class, "onlyOn19", FieldSpec.of("only_on_19", "char").on(19));

  static final OdooModel<Parcel> MODEL =
      OdooModel.builder(Parcel.class, Parcel::read)
          .name("stock.quant.package", 17, 18)
          .name("stock.package", 19)
          .fields(
              NAME,
              LOCATION_ID,
              WEIGHT,
              SEQUENCE,
              PACK_DATE,
              CREATE_DATE,
              ACTIVE,
              USE,
              QUANT_IDS,
              LABEL,
              ONLY_ON_19)
          .build();

  private static Parcel read(RecordReader r) {
    return new Parcel(
        r.id(),
        r.get(NAME),
        r.get(LOCATION_ID),
        r.get(WEIGHT),
        r.get(SEQUENCE),
        r.get(PACK_DATE),
        r.get(CREATE_DATE),
        r.get(ACTIVE),
        r.get(USE),
        Objects.requireNonNullElse(r.get(QUANT_IDS), List.of()),
        r.get(LABEL),
        r.get(ONLY_ON_19),
        r.source());
  }
}
