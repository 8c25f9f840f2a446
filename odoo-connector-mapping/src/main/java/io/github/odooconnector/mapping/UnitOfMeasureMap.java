package io.github.odooconnector.mapping;

import io.github.odooconnector.model.UnitOfMeasure;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Translates Odoo units of measure ({@code uom.uom}, identified by name, for example {@code
 * "Units"} or {@code "kg"}) to canonical {@link UnitOfMeasure}s and back.
 *
 * <p>{@link #defaults()} knows the names Odoo 17/18/19 ship with (English, case-insensitive);
 * databases with renamed or additional units extend it with {@link #with(String, UnitOfMeasure)}.
 * Quantities are converted between units through {@link
 * io.github.odooconnector.model.Quantity#to(UnitOfMeasure)}, never here.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnitOfMeasureMap {

  private static final UnitOfMeasureMap DEFAULTS = createDefaults();

  private final Map<String, UnitOfMeasure> byName;
  private final Map<UnitOfMeasure, String> preferredName;

  private UnitOfMeasureMap(
      Map<String, UnitOfMeasure> byName, Map<UnitOfMeasure, String> preferredName) {
    this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    this.preferredName = Collections.unmodifiableMap(new LinkedHashMap<>(preferredName));
  }

  private static UnitOfMeasureMap createDefaults() {
    UnitOfMeasureMap m = new UnitOfMeasureMap(Map.of(), Map.of());
    String[][] table = {
      {"Units", "C62"},
      {"Unit", "C62"},
      {"Unit(s)", "C62"},
      {"pce", "C62"},
      {"Dozens", "DZN"},
      {"Dozen", "DZN"},
      {"Pairs", "PR"},
      {"kg", "KGM"},
      {"g", "GRM"},
      {"mg", "MGM"},
      {"t", "TNE"},
      {"lb", "LBR"},
      {"lb(s)", "LBR"},
      {"lbs", "LBR"},
      {"oz", "ONZ"},
      {"oz(s)", "ONZ"},
      {"m", "MTR"},
      {"cm", "CMT"},
      {"mm", "MMT"},
      {"km", "KMT"},
      {"in", "INH"},
      {"ft", "FOT"},
      {"L", "LTR"},
      {"Liters", "LTR"},
      {"ml", "MLT"},
      {"m³", "MTQ"},
      {"m3", "MTQ"},
      {"gal (US)", "GLL"},
      {"Box", "BX"},
      {"Boxes", "BX"},
      {"Pack", "PK"},
      {"Pallet", "PF"},
      {"Carton", "CT"}
    };
    for (String[] row : table) {
      m = m.with(row[0], UnitOfMeasure.fromCode(row[1]));
    }
    return m;
  }

  /**
   * The standard Odoo unit names.
   *
   * @return the default map
   */
  public static UnitOfMeasureMap defaults() {
    return DEFAULTS;
  }

  /**
   * An empty map, for databases that want to list every unit explicitly.
   *
   * @return an empty map
   */
  public static UnitOfMeasureMap empty() {
    return new UnitOfMeasureMap(Map.of(), Map.of());
  }

  /**
   * Returns a copy that also maps {@code odooName} to {@code unit}. The first Odoo name registered
   * for a unit is the one {@link #toOdooName(UnitOfMeasure)} returns.
   *
   * @param odooName the {@code uom.uom} name (matched case-insensitively, surrounding blanks
   *     ignored)
   * @param unit the canonical unit
   * @return the extended map
   */
  public UnitOfMeasureMap with(String odooName, UnitOfMeasure unit) {
    Objects.requireNonNull(odooName, "odooName");
    Objects.requireNonNull(unit, "unit");
    Map<String, UnitOfMeasure> names = new LinkedHashMap<>(byName);
    names.put(normalize(odooName), unit);
    Map<UnitOfMeasure, String> preferred = new LinkedHashMap<>(preferredName);
    preferred.putIfAbsent(unit, odooName.strip());
    return new UnitOfMeasureMap(names, preferred);
  }

  /**
   * Looks up the canonical unit of an Odoo unit name.
   *
   * @param odooName the {@code uom.uom} name, for example {@code "Units"}
   * @return the unit, empty when unknown
   */
  public Optional<UnitOfMeasure> find(String odooName) {
    return Optional.ofNullable(byName.get(normalize(Objects.requireNonNull(odooName, "odooName"))));
  }

  /**
   * Looks up the canonical unit of an Odoo unit name, failing with a clear error when it is
   * unknown.
   *
   * @param odooName the {@code uom.uom} name
   * @param model the model being mapped (for the error message)
   * @param recordId the record being mapped (for the error message)
   * @param field the field holding the unit (for the error message)
   * @return the unit
   * @throws MappingException if the name is not mapped
   */
  public UnitOfMeasure require(String odooName, String model, long recordId, String field) {
    return find(odooName)
        .orElseThrow(
            () ->
                new MappingException(
                    model,
                    recordId,
                    field,
                    "unknown Odoo unit of measure '"
                        + odooName
                        + "'; register it with UnitOfMeasureMap.with(name, unit)"));
  }

  /**
   * The Odoo unit name to use for a canonical unit.
   *
   * @param unit the canonical unit
   * @return the first registered Odoo name, empty when none is registered
   */
  public Optional<String> toOdooName(UnitOfMeasure unit) {
    Optional<String> direct =
        Optional.ofNullable(preferredName.get(Objects.requireNonNull(unit, "unit")));
    if (direct.isEmpty() && (unit == UnitOfMeasure.EA || unit == UnitOfMeasure.C62)) {
      UnitOfMeasure twin = unit == UnitOfMeasure.EA ? UnitOfMeasure.C62 : UnitOfMeasure.EA;
      return Optional.ofNullable(preferredName.get(twin));
    }
    return direct;
  }

  private static String normalize(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "UnitOfMeasureMap" + byName;
  }
}
