package io.github.odooconnector.core.internal.codec;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The encoding half of {@link XmlRpcCodec}: writes wire values as XML-RPC {@code <value>}s, binary
 * values as base64 text, refusing what XML-RPC cannot carry with an {@link
 * XmlRpcCodec.UnencodableValueException} that says where the value is. Thread-safe.
 */
final class XmlRpcWriter {

  private final int maxDepth;

  XmlRpcWriter(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  void writeValue(Object v, StringBuilder sb, int depth) {
    if (depth > maxDepth) {
      throw new XmlRpcCodec.UnencodableValueException("value nested deeper than " + maxDepth);
    }
    sb.append("<value>");
    if (v == null) {
      sb.append("<nil/>");
    } else if (v instanceof Boolean b) {
      sb.append("<boolean>").append(b ? '1' : '0').append("</boolean>");
    } else if (v instanceof Long
        || v instanceof Integer
        || v instanceof Short
        || v instanceof Byte) {
      long l = ((Number) v).longValue();
      if (l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
        sb.append("<int>").append(l).append("</int>");
      } else {
        sb.append("<i8>").append(l).append("</i8>");
      }
    } else if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new XmlRpcCodec.UnencodableValueException(
            "XML-RPC cannot encode non-finite double " + d);
      }
      sb.append("<double>").append(BigDecimal.valueOf(d).toPlainString()).append("</double>");
    } else if (v instanceof BigDecimal b) {
      sb.append("<double>").append(b.toPlainString()).append("</double>");
    } else if (v instanceof String s) {
      sb.append("<string>");
      escape(s, sb);
      sb.append("</string>");
    } else if (v instanceof byte[] bytes) {
      // base64 text, as Odoo answers binary fields: an XML-RPC <base64> would reach Odoo as an
      // xmlrpc.client.Binary object, which binary fields reject
      sb.append("<string>").append(Base64.getEncoder().encodeToString(bytes)).append("</string>");
    } else if (v instanceof Instant i) {
      sb.append("<dateTime.iso8601>")
          .append(XmlRpcCodec.ISO_COMPACT.format(LocalDateTime.ofInstant(i, ZoneOffset.UTC)))
          .append("</dateTime.iso8601>");
    } else if (v instanceof List<?> list) {
      sb.append("<array><data>");
      int i = 0;
      for (Object o : list) {
        try {
          writeValue(o, sb, depth + 1);
        } catch (XmlRpcCodec.UnencodableValueException e) {
          throw e.at("[" + i + "]");
        }
        i++;
      }
      sb.append("</data></array>");
    } else if (v instanceof Map<?, ?> map) {
      sb.append("<struct>");
      for (Map.Entry<?, ?> e : map.entrySet()) {
        sb.append("<member><name>");
        escape(String.valueOf(e.getKey()), sb);
        sb.append("</name>");
        try {
          writeValue(e.getValue(), sb, depth + 1);
        } catch (XmlRpcCodec.UnencodableValueException ex) {
          throw ex.at("." + e.getKey());
        }
        sb.append("</member>");
      }
      sb.append("</struct>");
    } else {
      throw new XmlRpcCodec.UnencodableValueException(
          "XML-RPC cannot encode " + v.getClass().getName());
    }
    sb.append("</value>");
  }

  static void escape(String s, StringBuilder sb) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '\r' -> sb.append("&#13;");
        case '\t', '\n' -> sb.append(c);
        default -> {
          if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
            throw new XmlRpcCodec.UnencodableValueException(
                "XML-RPC strings cannot contain control character U+"
                    + String.format("%04X", (int) c));
          }
          sb.append(c);
        }
      }
    }
  }
}
