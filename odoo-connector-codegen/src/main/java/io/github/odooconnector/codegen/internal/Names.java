package io.github.odooconnector.codegen.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Java names from Odoo names, and "did you mean" hints. */
public final class Names {

  /** Java keywords and literals, which cannot be identifiers. */
  static final Set<String> KEYWORDS =
      Set.of(
          "abstract",
          "assert",
          "boolean",
          "break",
          "byte",
          "case",
          "catch",
          "char",
          "class",
          "const",
          "continue",
          "default",
          "do",
          "double",
          "else",
          "enum",
          "extends",
          "final",
          "finally",
          "float",
          "for",
          "goto",
          "if",
          "implements",
          "import",
          "instanceof",
          "int",
          "interface",
          "long",
          "native",
          "new",
          "package",
          "private",
          "protected",
          "public",
          "return",
          "short",
          "static",
          "strictfp",
          "super",
          "switch",
          "synchronized",
          "this",
          "throw",
          "throws",
          "transient",
          "try",
          "void",
          "volatile",
          "while",
          "true",
          "false",
          "null",
          "var",
          "yield",
          "record",
          "sealed",
          "permits");

  private Names() {}

  /** {@code sale.order.line} and {@code x_studio_thing} to {@code SaleOrderLine}, ... */
  public static String pascal(String odooName) {
    StringBuilder b = new StringBuilder();
    boolean upper = true;
    for (char c : odooName.toCharArray()) {
      if (c == '.' || c == '_' || c == '-' || c == ' ') {
        upper = true;
      } else if (Character.isLetterOrDigit(c) && c < 128) {
        b.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return b.toString();
  }

  /** {@code product_uom_qty} to {@code productUomQty}. */
  public static String camel(String odooName) {
    String p = pascal(odooName);
    return p.isEmpty() ? p : Character.toLowerCase(p.charAt(0)) + p.substring(1);
  }

  /** {@code productUomQty} to {@code PRODUCT_UOM_QTY}. */
  public static String constant(String javaName) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        b.append('_');
      }
      b.append(Character.toUpperCase(c));
    }
    return b.toString();
  }

  /** A selection key as an enum constant: {@code to approve} gives {@code TO_APPROVE}. */
  public static String enumConstant(String key) {
    StringBuilder b = new StringBuilder();
    boolean sep = false;
    for (char c : key.toCharArray()) {
      if (Character.isLetterOrDigit(c) && c < 128) {
        if (sep && b.length() > 0) {
          b.append('_');
        }
        b.append(Character.toUpperCase(c));
        sep = false;
      } else {
        sep = true;
      }
    }
    String s = b.toString();
    if (s.isEmpty()) {
      return "VALUE";
    }
    if (Character.isDigit(s.charAt(0))) {
      return "VALUE_" + s;
    }
    return s;
  }

  /** Whether {@code s} is a valid Java identifier and not a keyword. */
  public static boolean isIdentifier(String s) {
    if (s == null || s.isEmpty() || KEYWORDS.contains(s)) {
      return false;
    }
    if (!Character.isJavaIdentifierStart(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (!Character.isJavaIdentifierPart(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} is a valid Java package name. */
  public static boolean isPackage(String s) {
    if (s == null || s.isEmpty()) {
      return false;
    }
    for (String part : s.split("\\.", -1)) {
      if (!isIdentifier(part) || !part.equals(part.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Up to three close candidates to a misspelt name, as {@code "; did you mean 'name'?"}. */
  public static String didYouMean(String wrong, Collection<String> candidates) {
    List<String> close = new ArrayList<>();
    int best = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(wrong, c);
      if (d > Math.max(2, wrong.length() / 3)) {
        continue;
      }
      if (d < best) {
        best = d;
        close.clear();
      }
      if (d == best && close.size() < 3) {
        close.add(c);
      }
    }
    if (close.isEmpty()) {
      return "";
    }
    return "; did you mean '" + String.join("' or '", close) + "'?";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
