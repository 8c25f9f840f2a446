package io.github.odooconnector.testkit.internal.orm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Converts values sent by a client to stored values as Odoo does: types, selection keys, dates,
 * rounding to the field's digits, binary values, HTML sanitizing.
 */
final class FieldConversion {
  private final Database db;

  FieldConversion(Database db) {
    this.db = db;
  }

  // ------------------------------------------------------------------ values and x2many commands

  Object convert(String model, FieldDef f, Object v) {
    if (v == null || Boolean.FALSE.equals(v) && !"boolean".equals(f.type())) {
      return null;
    }
    switch (f.type()) {
      case "many2one":
        {
          if (!(v instanceof Number n)) {
            throw OdooError.builtin(
                "ValueError", "Wrong value for " + model + "." + f.name() + ": " + Py.repr(v));
          }
          long id = n.longValue();
          if (!db.exists(f.relation(), id)) {
            throw OdooError.missingError(f.relation(), List.of(id), db.uid());
          }
          return id;
        }
      case "integer":
        if (v instanceof Number n) {
          return n.longValue();
        }
        throw OdooError.builtin(
            "ValueError", "invalid literal for int() with base 10: " + Py.repr(v));
      case "float":
      case "monetary":
        if (v instanceof Number n) {
          // Odoo rounds to the field's digits (monetary: the currency's, 2 for the seeded USD)
          int scale = "monetary".equals(f.type()) ? 2 : f.scale();
          return scale < 0 ? n.doubleValue() : round(n.doubleValue(), scale);
        }
        throw OdooError.builtin("ValueError", "could not convert string to float: " + Py.repr(v));
      case "binary":
        if (v instanceof XmlRpcBinary) {
          // an XML-RPC <base64> parameter reaches Odoo as an xmlrpc.client.Binary object, which
          // binary fields reject (the binary-* captures of 17/18/19)
          if (f.name().startsWith("image_")) {
            throw OdooError.userError("Image is not encoded in base64.");
          }
          throw OdooError.builtin(
              "TypeError", "argument should be a bytes-like object or ASCII string, not 'Binary'");
        }
        return v instanceof String ? v : String.valueOf(v);
      case "html":
        return sanitizeHtml(String.valueOf(v));
      case "boolean":
        return Py.truthy(v);
      case "selection":
        {
          String s = String.valueOf(v);
          if (f.selection().stream().noneMatch(p -> p.get(0).equals(s))) {
            throw OdooError.builtin(
                "ValueError", "Wrong value for " + model + "." + f.name() + ": " + Py.repr(v));
          }
          return s;
        }
      case "date":
        return parseDate(String.valueOf(v)).toString();
      case "datetime":
        return parseDateTime(String.valueOf(v)).format(Database.DT);
      default:
        return v instanceof String ? v : String.valueOf(v);
    }
  }

  /** Half-up rounding to {@code scale} decimals of the decimal value a float shows (12.345). */
  static double round(double d, int scale) {
    return BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_UP).doubleValue();
  }

  /**
   * What Odoo's HTML sanitizer does to the values this fake sees: drops the control characters XML
   * forbids and wraps plain text in a paragraph ({@code "bell\u0007x"} becomes {@code
   * "<p>bellx</p>"}, as in the ctrlchars-* captures).
   */
  static String sanitizeHtml(String html) {
    String clean = stripControlCharacters(html);
    if (clean.isBlank() || clean.contains("<")) {
      return clean;
    }
    return "<p>" + clean + "</p>";
  }

  /** Removes U+0000-U+001F except tab, line feed and carriage return. */
  public static String stripControlCharacters(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
      if (control && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      } else if (!control && sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  LocalDate parseDate(String s) {
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw badDate(s);
    }
  }

  LocalDateTime parseDateTime(String s) {
    try {
      String t = s.replace('T', ' ');
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay();
      }
      if (t.endsWith("Z")) {
        t = t.substring(0, t.length() - 1);
      }
      if (t.length() > 19) {
        t = t.substring(0, 19);
      }
      return LocalDateTime.parse(t, Database.DT);
    } catch (DateTimeParseException e) {
      throw badDate(s);
    }
  }

  OdooError badDate(String s) {
    if (db.version().major() >= 19) {
      return OdooError.builtin(
          "ValueError", "Invalid term " + Py.repr(s) + " in expression date: " + Py.repr(s));
    }
    return OdooError.psycopg(
        "InvalidDatetimeFormat", "invalid input syntax for type timestamp: \"" + s + "\"\n");
  }
}
