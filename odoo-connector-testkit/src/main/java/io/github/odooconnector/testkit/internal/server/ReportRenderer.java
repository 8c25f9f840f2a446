package io.github.odooconnector.testkit.internal.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Renders a small, valid one-page PDF (PDF 1.4, Helvetica text lines) for the fake's reports. */
final class ReportRenderer {

  private ReportRenderer() {}

  static byte[] pdf(String title, List<String> lines) {
    StringBuilder content =
        new StringBuilder("BT /F1 14 Tf 50 780 Td (").append(esc(title)).append(") Tj");
    for (String line : lines) {
      content.append(" 0 -20 Td (").append(esc(line)).append(") Tj");
    }
    content.append(" ET");
    byte[] stream = content.toString().getBytes(StandardCharsets.ISO_8859_1);
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    objects.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >>");
    objects.add(
        "<< /Length "
            + stream.length
            + " >>\nstream\n"
            + new String(stream, StandardCharsets.ISO_8859_1)
            + "\nendstream");
    objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int off : offsets) {
      pdf.append(String.format("%010d 00000 n \n", off));
    }
    pdf.append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String esc(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '(' || c == ')' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 32 && c < 127) {
        out.append(c);
      } else {
        out.append('?');
      }
    }
    return out.toString();
  }
}
