package io.github.odooconnector.codegen.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Text helpers of {@link JavaEmitter}: Javadoc blocks, wrapping, escaping and Java literals. */
final class JavaEmitterText {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./ :,()'+-]*");

  private JavaEmitterText() {}

  /** Writes a Javadoc comment; paragraphs wrap at 100 columns, tags indent continuations. */
  static void javadoc(StringBuilder b, String indent, List<String> paragraphs) {
    if (paragraphs.size() == 1) {
      String one = indent + "/** " + paragraphs.get(0) + " */";
      if (one.length() <= JavaEmitter.WIDTH) {
        b.append(one).append('\n');
        return;
      }
    }
    b.append(indent).append("/**\n");
    for (String p : paragraphs) {
      if (p.isEmpty()) {
        b.append(indent).append(" *\n");
        continue;
      }
      int width = JavaEmitter.WIDTH - indent.length() - 3;
      List<String> lines = p.startsWith("@") ? wrapHanging(p, width, width - 4) : wrap(p, width);
      for (int i = 0; i < lines.size(); i++) {
        b.append(indent).append(" * ").append(i > 0 && p.startsWith("@") ? "    " : "");
        b.append(lines.get(i)).append('\n');
      }
    }
    b.append(indent).append(" */\n");
  }

  /** Wraps with a narrower width after the first line (for indented tag continuations). */
  static List<String> wrapHanging(String text, int first, int rest) {
    List<String> firstLines = wrap(text, first);
    if (firstLines.size() <= 1) {
      return firstLines;
    }
    String head = firstLines.get(0);
    List<String> words = new ArrayList<>();
    for (String w : text.split(" ")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    List<String> out = new ArrayList<>();
    out.add(head);
    int used = head.split(" ").length;
    out.addAll(wrap(String.join(" ", words.subList(used, words.size())), rest));
    return out;
  }

  static List<String> wrap(String text, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        out.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      out.add(line.toString());
    }
    return out;
  }

  /** Inline code in Javadoc, safe for any text. */
  static String code(String text) {
    if (PLAIN.matcher(text).matches() && !text.contains("  ")) {
      return "{@code " + text + "}";
    }
    return "<code>" + html(text) + "</code>";
  }

  /** Text escaped for Javadoc HTML. */
  static String html(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '@' -> b.append("&#64;");
        case '{' -> b.append("&#123;");
        case '}' -> b.append("&#125;");
        case '/' -> b.append(b.length() > 0 && b.charAt(b.length() - 1) == '*' ? "&#47;" : "/");
        case '\\' -> b.append("&#92;");
        case '\n', '\r', '\t' -> b.append(' ');
        default -> {
          if (c < 32) {
            b.append(' ');
          } else if (c > 126) {
            b.append("&#").append((int) c).append(';');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString().trim().isEmpty() ? "(no label)" : b.toString().trim();
  }

  /** A Java string literal (ASCII only). */
  static String literal(String text) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 32 || c > 126) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
