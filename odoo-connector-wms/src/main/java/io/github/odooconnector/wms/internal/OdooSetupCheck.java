package io.github.odooconnector.wms.internal;

import io.github.odooconnector.core.api.FieldInfo;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.mapping.StandardFieldMaps;
import io.github.odooconnector.wms.api.ReleaseMarker;
import io.github.odooconnector.wms.api.WmsConfigurationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Checks once, against {@code fields_get}, that the Odoo database has the custom fields the
 * integration writes: the release and ASN markers and every custom ({@code x_}) picking field of
 * the mapping. Run when the integration is built; when Odoo cannot be reached then, the check runs
 * again before the first workflow call instead. Thread-safe.
 */
final class OdooSetupCheck {

  private static final Set<String> CHAR_TYPES = Set.of("char", "text");

  private final WmsPickingGateway odoo;
  private final WmsSettings settings;
  private final AtomicBoolean passed = new AtomicBoolean();

  OdooSetupCheck(WmsPickingGateway odoo, WmsSettings settings) {
    this.odoo = odoo;
    this.settings = settings;
  }

  /**
   * Checks now, unless Odoo is temporarily unavailable (then {@link #ensurePassed()} checks later).
   *
   * @throws WmsConfigurationException if a field is missing or of the wrong type, or Odoo refused
   *     the check for good (credentials, access rights)
   */
  void checkAtStartup() {
    try {
      ensurePassed();
    } catch (OdooException e) {
      if (!e.isRetryable()) {
        throw new WmsConfigurationException(
            "cannot check the Odoo fields the WMS integration needs: " + e.getMessage(), e);
      }
      // Odoo is down or busy: the first workflow call checks again
    }
  }

  /**
   * Checks unless a check has passed already.
   *
   * @throws WmsConfigurationException if a field is missing or of the wrong type
   * @throws OdooException if Odoo cannot be asked
   */
  void ensurePassed() {
    if (passed.get()) {
      return;
    }
    Map<String, FieldInfo> fields = odoo.pickingFields();
    Map<String, Requirement> required = new LinkedHashMap<>();
    required.put(settings.releaseMarker().field(), marker("release", settings.releaseMarker()));
    required.putIfAbsent(settings.asnMarker().field(), marker("ASN", settings.asnMarker()));
    for (String f : settings.mapping().picking().odooFields()) {
      if (f.startsWith("x_")) {
        required.putIfAbsent(f, new Requirement("custom field of the picking mapping", "char"));
      }
    }
    for (Map.Entry<String, Requirement> r : required.entrySet()) {
      if (!fields.containsKey(r.getKey())) {
        throw new WmsConfigurationException(missing(r.getKey(), r.getValue()));
      }
    }
    checkType(fields, settings.releaseMarker(), "release marker");
    checkType(fields, settings.asnMarker(), "ASN marker");
    passed.set(true);
  }

  private static void checkType(Map<String, FieldInfo> fields, ReleaseMarker marker, String role) {
    String type = fields.get(marker.field()).type();
    boolean fits =
        marker.kind() == ReleaseMarker.Kind.CHAR
            ? CHAR_TYPES.contains(type)
            : "boolean".equals(type);
    if (!fits) {
      throw new WmsConfigurationException(
          StandardFieldMaps.PICKING
              + "."
              + marker.field()
              + " is a "
              + type
              + " field, but the "
              + role
              + " is configured as ReleaseMarker."
              + (marker.kind() == ReleaseMarker.Kind.CHAR ? "charField" : "booleanField")
              + " and needs a "
              + (marker.kind() == ReleaseMarker.Kind.CHAR ? "char" : "boolean")
              + " field; use ReleaseMarker."
              + (marker.kind() == ReleaseMarker.Kind.CHAR ? "booleanField" : "charField")
              + " or another field");
    }
  }

  /** Why a field is needed and the Odoo type it should have. */
  private record Requirement(String role, String type) {}

  private static Requirement marker(String which, ReleaseMarker marker) {
    return new Requirement(
        which + " marker", marker.kind() == ReleaseMarker.Kind.CHAR ? "char" : "boolean");
  }

  private static String missing(String field, Requirement requirement) {
    String role = requirement.role();
    String type = requirement.type();
    return StandardFieldMaps.PICKING
        + " has no field '"
        + field
        + "' (the "
        + role
        + " of this WMS integration). Create it once in Odoo: in developer mode under Settings >"
        + " Technical > Fields (model stock.picking, field name "
        + field
        + ", type "
        + type
        + "), or with Studio on the Transfer form; or from code, as an administrator, with"
        + " CustomField."
        + type
        + "Field(\"stock.picking\", \""
        + field
        + "\", \"...\").ensureIn(client) from the mapping module";
  }
}
