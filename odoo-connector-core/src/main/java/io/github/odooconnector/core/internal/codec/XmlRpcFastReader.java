package io.github.odooconnector.core.internal.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The fast path of {@link XmlRpcReader#parseResponse}: a byte-level reader of exactly the XML that
 * XML-RPC servers (Odoo's Python {@code xmlrpc.client}) write — UTF-8, an optional XML declaration,
 * the XML-RPC elements without attributes or prefixes, whitespace between them, text with the five
 * predefined entities and character references.
 *
 * <p>It never decides that a document is bad: on anything outside that subset (a DOCTYPE, any other
 * entity, CDATA, comments, attributes, namespaces, another encoding, control characters, malformed
 * UTF-8, a duplicate struct member, a value over the depth or string limits, a malformed number,
 * any error at all) it gives up with {@link #NOT_HANDLED}, and the hardened StAX reader parses the
 * document from the start and is the one that accepts it or refuses it. So every hardening
 * guarantee stays the StAX reader's; this class only makes the common case fast. One instance per
 * document; not thread-safe.
 */
final class XmlRpcFastReader {

  /** Returned when the document must go to the StAX reader. */
  static final Object NOT_HANDLED = new Object();

  /** Thrown internally to abandon the fast path; no stack trace. */
  private static final class Bail extends Exception {
    private static final long serialVersionUID = 1L;
    static final Bail INSTANCE = new Bail();

    private Bail() {
      super(null, null, false, false);
    }
  }

  private static final int SHARED_SHAPE_DEPTH = 8;

  /** The inside of {@code <?xml ...?>} this reader accepts: version, UTF-8, standalone. */
  private static final Pattern DECLARATION =
      Pattern.compile(
          "[ \t\n]+version[ \t\n]*=[ \t\n]*(\"1\\.[0-9]+\"|'1\\.[0-9]+')"
              + "([ \t\n]+encoding[ \t\n]*=[ \t\n]*(\"[Uu][Tt][Ff]-8\"|'[Uu][Tt][Ff]-8'))?"
              + "([ \t\n]+standalone[ \t\n]*=[ \t\n]*(\"(yes|no)\"|'(yes|no)'))?[ \t\n]*");

  private final byte[] b;
  private final int maxDepth;
  private final int maxStringChars;
  private int pos;
  private Object[] values = new Object[64];
  private int valueTop;
  private String[] names = new String[32];
  private int nameTop;
  private final FieldMap.Keys[] lastShape = new FieldMap.Keys[SHARED_SHAPE_DEPTH];
  private StringBuilder scratch;

  private XmlRpcFastReader(byte[] body, int maxDepth, int maxStringChars) {
    this.b = body;
    this.maxDepth = maxDepth;
    this.maxStringChars = maxStringChars;
  }

  /**
   * Decodes a {@code methodResponse} holding a value (faults go to the StAX reader).
   *
   * @return the value, or {@link #NOT_HANDLED}
   */
  static Object parseResponseValue(byte[] body, int maxDepth, int maxStringChars) {
    XmlRpcFastReader r = new XmlRpcFastReader(body, maxDepth, maxStringChars);
    try {
      return r.response();
    } catch (Bail | RuntimeException e) {
      return NOT_HANDLED;
    }
  }

  private Object response() throws Bail {
    prolog();
    open("methodResponse");
    open("params");
    open("param");
    open("value");
    Object v = value(1);
    close("param");
    close("params");
    close("methodResponse");
    skipWhitespace();
    if (pos != b.length) {
      throw Bail.INSTANCE;
    }
    return v;
  }

  /** Optional UTF-8 BOM and an XML declaration that names no encoding other than UTF-8. */
  private void prolog() throws Bail {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      pos = 3;
    }
    if (startsWith("<?xml")) {
      int end = indexOf((byte) '?', pos + 5);
      if (end < 0 || end + 1 >= b.length || b[end + 1] != '>') {
        throw Bail.INSTANCE;
      }
      String decl = new String(b, pos + 5, end - pos - 5, StandardCharsets.ISO_8859_1);
      if (!DECLARATION.matcher(decl).matches()) {
        throw Bail.INSTANCE; // another encoding, or anything unusual
      }
      pos = end + 2;
    }
  }

  private boolean startsWith(String s) {
    if (pos + s.length() > b.length) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (b[pos + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int indexOf(byte c, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private void skipWhitespace() {
    while (pos < b.length) {
      byte c = b[pos];
      if (c == ' ' || c == '\n' || c == '\t') {
        pos++;
      } else {
        return;
      }
    }
  }

  /** Whitespace, then {@code <name>}. */
  private void open(String name) throws Bail {
    skipWhitespace();
    if (pos >= b.length || b[pos] != '<') {
      throw Bail.INSTANCE;
    }
    pos++;
    if (!matchName(name)) {
      throw Bail.INSTANCE;
    }
    if (pos >= b.length || b[pos] != '>') {
      throw Bail.INSTANCE;
    }
    pos++;
  }

  /** Whitespace, then {@code </name>}. */
  private void close(String name) throws Bail {
    skipWhitespace();
    closeHere(name);
  }

  private void closeHere(String name) throws Bail {
    if (pos + 1 >= b.length || b[pos] != '<' || b[pos + 1] != '/') {
      throw Bail.INSTANCE;
    }
    pos += 2;
    if (!matchName(name)) {
      throw Bail.INSTANCE;
    }
    skipWhitespace();
    if (pos >= b.length || b[pos] != '>') {
      throw Bail.INSTANCE;
    }
    pos++;
  }

  /** Consumes {@code name} if it is the whole tag name here (followed by '>' or '/'). */
  private boolean matchName(String name) {
    int n = name.length();
    if (pos + n >= b.length) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (b[pos + i] != name.charAt(i)) {
        return false;
      }
    }
    byte after = b[pos + n];
    if (after != '>' && after != '/') {
      return false;
    }
    pos += n;
    return true;
  }

  /** The value whose {@code <value>} was just consumed, through {@code </value>}. */
  private Object value(int depth) throws Bail {
    if (depth > maxDepth) {
      throw Bail.INSTANCE;
    }
    int start = pos;
    skipWhitespace();
    if (pos + 1 < b.length && b[pos] == '<' && b[pos + 1] != '/') {
      pos++;
      Object v = typed(depth);
      close("value");
      return v;
    }
    pos = start;
    String s = text();
    closeHere("value");
    return s;
  }

  private Object typed(int depth) throws Bail {
    byte c = pos < b.length ? b[pos] : 0;
    switch (c) {
      case 's':
        if (matchName("string")) {
          if (emptyElement()) {
            return "";
          }
          String s = text();
          closeHere("string");
          return s;
        }
        if (matchName("struct")) {
          endOfStartTag();
          return struct(depth);
        }
        break;
      case 'i':
        String intTag =
            matchName("int") ? "int" : matchName("i4") ? "i4" : matchName("i8") ? "i8" : null;
        if (intTag != null) {
          endOfStartTag();
          long v = integer();
          closeHere(intTag);
          return v;
        }
        break;
      case 'b':
        if (matchName("boolean")) {
          endOfStartTag();
          skipWhitespace();
          Boolean v;
          if (pos < b.length && b[pos] == '0') {
            v = Boolean.FALSE;
          } else if (pos < b.length && b[pos] == '1') {
            v = Boolean.TRUE;
          } else {
            throw Bail.INSTANCE;
          }
          pos++;
          close("boolean");
          return v;
        }
        if (matchName("base64")) {
          if (emptyElement()) {
            return new byte[0];
          }
          String s = text();
          closeHere("base64");
          return Base64.getMimeDecoder().decode(s);
        }
        break;
      case 'a':
        if (matchName("array")) {
          endOfStartTag();
          return array(depth);
        }
        break;
      case 'd':
        if (matchName("double")) {
          endOfStartTag();
          String s = text().trim();
          closeHere("double");
          return Double.parseDouble(s);
        }
        if (matchName("dateTime.iso8601")) {
          endOfStartTag();
          String s = text().trim();
          closeHere("dateTime.iso8601");
          try {
            return XmlRpcReader.parseDateTime(s);
          } catch (XmlRpcException e) {
            throw Bail.INSTANCE;
          }
        }
        break;
      case 'n':
        if (matchName("nil")) {
          if (emptyElement()) {
            return null;
          }
          skipWhitespace();
          closeHere("nil");
          return null;
        }
        break;
      default:
        break;
    }
    throw Bail.INSTANCE;
  }

  /** After a tag name: {@code />} (true) or {@code >} (false). */
  private boolean emptyElement() throws Bail {
    if (pos + 1 < b.length && b[pos] == '/' && b[pos + 1] == '>') {
      pos += 2;
      return true;
    }
    endOfStartTag();
    return false;
  }

  private void endOfStartTag() throws Bail {
    if (pos >= b.length || b[pos] != '>') {
      throw Bail.INSTANCE;
    }
    pos++;
  }

  private long integer() throws Bail {
    skipWhitespace();
    boolean negative = false;
    if (pos < b.length && (b[pos] == '-' || b[pos] == '+')) {
      negative = b[pos] == '-';
      pos++;
    }
    int digits = 0;
    long v = 0;
    while (pos < b.length && b[pos] >= '0' && b[pos] <= '9') {
      if (++digits > 18) {
        throw Bail.INSTANCE; // near the long range: let the StAX reader decide exactly
      }
      v = v * 10 + (b[pos] - '0');
      pos++;
    }
    if (digits == 0) {
      throw Bail.INSTANCE;
    }
    skipWhitespace();
    return negative ? -v : v;
  }

  private Object array(int depth) throws Bail {
    open("data");
    int base = valueTop;
    while (true) {
      skipWhitespace();
      if (pos + 1 < b.length && b[pos] == '<' && b[pos + 1] == '/') {
        break;
      }
      open("value");
      Object v = value(depth + 1);
      push(v);
    }
    closeHere("data");
    close("array");
    if (valueTop == base) {
      return FrozenList.EMPTY;
    }
    Object[] elements = Arrays.copyOfRange(values, base, valueTop);
    valueTop = base;
    return FrozenList.adopt(elements);
  }

  private Object struct(int depth) throws Bail {
    int base = valueTop;
    int nameBase = nameTop;
    FieldMap.Keys expected = depth < SHARED_SHAPE_DEPTH ? lastShape[depth] : null;
    while (true) {
      skipWhitespace();
      if (pos + 1 < b.length && b[pos] == '<' && b[pos + 1] == '/') {
        break;
      }
      open("member");
      open("name");
      int index = nameTop - nameBase;
      String name = memberName(expected, index);
      closeHere("name");
      open("value");
      Object v = value(depth + 1);
      close("member");
      if (nameTop == names.length) {
        names = Arrays.copyOf(names, names.length * 2);
      }
      names[nameTop++] = name;
      push(v);
    }
    closeHere("struct");
    int count = valueTop - base;
    FieldMap result;
    if (count == 0) {
      result = FieldMap.EMPTY;
    } else {
      FieldMap.Keys keys;
      if (expected != null && expected.sameAs(names, nameBase, count)) {
        keys = expected;
      } else {
        keys = FieldMap.Keys.copyOf(names, nameBase, count);
        if (keys.hasDuplicates()) {
          throw Bail.INSTANCE; // XML-RPC lets a later member win: the StAX reader does that
        }
        if (depth < SHARED_SHAPE_DEPTH) {
          lastShape[depth] = keys;
        }
      }
      result = FieldMap.adopt(keys, Arrays.copyOfRange(values, base, valueTop));
    }
    valueTop = base;
    nameTop = nameBase;
    return result;
  }

  /** The member name; the previous struct's name at this index when the bytes are the same. */
  private String memberName(FieldMap.Keys expected, int index) throws Bail {
    if (expected != null && index < expected.names.length) {
      String e = expected.names[index];
      int n = e.length();
      if (pos + n < b.length && b[pos + n] == '<') {
        boolean same = true;
        for (int i = 0; i < n; i++) {
          byte c = b[pos + i];
          if (c != e.charAt(i) || c == '&' || c == '<') {
            same = false;
            break;
          }
        }
        if (same) {
          pos += n;
          return e;
        }
      }
    }
    return text();
  }

  private void push(Object v) {
    if (valueTop == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[valueTop++] = v;
  }

  /** Character data up to the next '<' (not consumed), entities decoded. */
  private String text() throws Bail {
    int start = pos;
    boolean plain = true;
    boolean ascii = true;
    int i = pos;
    for (; i < b.length; i++) {
      int c = b[i];
      if (c == '<') {
        break;
      }
      if (c < 0) {
        ascii = false;
      } else if (c == '&') {
        plain = false;
      } else if (c < 0x20 && c != '\n' && c != '\t') {
        throw Bail.INSTANCE; // CR needs line-end normalisation, others are not XML
      } else if (c == '>' && i >= 2 && b[i - 1] == ']' && b[i - 2] == ']') {
        throw Bail.INSTANCE; // "]]>" is not allowed in character data
      }
    }
    if (i >= b.length) {
      throw Bail.INSTANCE;
    }
    if (i - start > maxStringChars) {
      throw Bail.INSTANCE;
    }
    pos = i;
    if (plain) {
      return decode(start, i, ascii);
    }
    StringBuilder sb = scratch == null ? (scratch = new StringBuilder(64)) : scratch;
    sb.setLength(0);
    int run = start;
    for (int k = start; k < i; k++) {
      if (b[k] != '&') {
        continue;
      }
      sb.append(decode(run, k, false));
      int semi = -1;
      for (int j = k + 1; j < i && j < k + 12; j++) {
        if (b[j] == ';') {
          semi = j;
          break;
        }
      }
      if (semi < 0) {
        throw Bail.INSTANCE;
      }
      entity(k + 1, semi, sb);
      k = semi;
      run = semi + 1;
    }
    sb.append(decode(run, i, false));
    if (sb.length() > maxStringChars) {
      throw Bail.INSTANCE;
    }
    return sb.toString();
  }

  private String decode(int from, int to, boolean ascii) throws Bail {
    if (from == to) {
      return "";
    }
    if (ascii) {
      return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }
    String s = new String(b, from, to - from, StandardCharsets.UTF_8);
    if (s.indexOf('\uFFFD') >= 0) {
      throw Bail.INSTANCE; // malformed UTF-8 (or a real U+FFFD): let the StAX reader decide
    }
    return s;
  }

  private void entity(int from, int to, StringBuilder sb) throws Bail {
    String name = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    switch (name) {
      case "amp" -> sb.append('&');
      case "lt" -> sb.append('<');
      case "gt" -> sb.append('>');
      case "quot" -> sb.append('"');
      case "apos" -> sb.append('\'');
      default -> {
        if (name.length() < 2 || name.charAt(0) != '#') {
          throw Bail.INSTANCE; // any other entity: the StAX reader refuses it
        }
        boolean hex = name.charAt(1) == 'x';
        for (int k = hex ? 2 : 1; k < name.length(); k++) {
          if (Character.digit(name.charAt(k), hex ? 16 : 10) < 0 || name.charAt(k) > 'f') {
            throw Bail.INSTANCE;
          }
        }
        int cp;
        try {
          cp =
              name.charAt(1) == 'x'
                  ? Integer.parseInt(name.substring(2), 16)
                  : Integer.parseInt(name.substring(1));
        } catch (NumberFormatException e) {
          throw Bail.INSTANCE;
        }
        boolean legal =
            cp == 0x9
                || cp == 0xA
                || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
        if (!legal) {
          throw Bail.INSTANCE;
        }
        sb.appendCodePoint(cp);
      }
    }
  }
}
