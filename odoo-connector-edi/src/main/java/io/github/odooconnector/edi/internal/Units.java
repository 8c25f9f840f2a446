package io.github.odooconnector.edi.internal;

import io.github.odooconnector.edi.api.EdiWriteException;
import io.github.odooconnector.model.UnitOfMeasure;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Units of measure: X12 code list 355 and UN/ECE Rec 20 (EDIFACT, canonical). */
public final class Units {
  private static final Map<UnitOfMeasure, String> TO_X12 = new EnumMap<>(UnitOfMeasure.class);
  private static final Map<String, UnitOfMeasure> FROM_X12 = new HashMap<>();

  static {
    x12(UnitOfMeasure.EA, "EA");
    x12(UnitOfMeasure.PR, "PR");
    x12(UnitOfMeasure.DZN, "DZ");
    x12(UnitOfMeasure.KGM, "KG");
    x12(UnitOfMeasure.GRM, "GR");
    x12(UnitOfMeasure.LBR, "LB");
    x12(UnitOfMeasure.ONZ, "OZ");
    x12(UnitOfMeasure.TNE, "TN");
    x12(UnitOfMeasure.MTR, "MR");
    x12(UnitOfMeasure.CMT, "CM");
    x12(UnitOfMeasure.MMT, "MM");
    x12(UnitOfMeasure.INH, "IN");
    x12(UnitOfMeasure.FOT, "FT");
    x12(UnitOfMeasure.YRD, "YD");
    x12(UnitOfMeasure.LTR, "LT");
    x12(UnitOfMeasure.MLT, "ML");
    x12(UnitOfMeasure.GLL, "GA");
    x12(UnitOfMeasure.BX, "BX");
    x12(UnitOfMeasure.CT, "CT");
    x12(UnitOfMeasure.PK, "PK");
    x12(UnitOfMeasure.PF, "PL");
    // C62 and H87 are "piece" too; they are written as EA, read EA back as EA
    TO_X12.put(UnitOfMeasure.C62, "EA");
    TO_X12.put(UnitOfMeasure.H87, "EA");
  }

  private Units() {}

  private static void x12(UnitOfMeasure unit, String code) {
    TO_X12.put(unit, code);
    FROM_X12.put(code, unit);
  }

  public static String toX12(UnitOfMeasure unit, String field) {
    String code = TO_X12.get(unit);
    if (code == null) {
      throw new EdiWriteException(
          field + ": unit " + unit + " has no X12 unit code (code list 355) mapping");
    }
    return code;
  }

  public static UnitOfMeasure fromX12(String code) {
    UnitOfMeasure unit = FROM_X12.get(code);
    return unit != null ? unit : UnitOfMeasure.fromCode(code);
  }

  public static String toEdifact(UnitOfMeasure unit) {
    return unit.name();
  }

  public static UnitOfMeasure fromEdifact(String code) {
    return UnitOfMeasure.fromCode(code);
  }
}
