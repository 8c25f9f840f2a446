package io.github.odooconnector.testkit.carrier;

import io.github.odooconnector.carrier.spi.LabelDocument;
import io.github.odooconnector.carrier.spi.LabelFormat;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Generates small, structurally valid label documents. Stateless. */
final class LabelDocuments {

  private LabelDocuments() {}

  static LabelDocument create(
      LabelFormat format, String carrierName, String trackingNumber, String reference) {
    return switch (format) {
      case PDF -> new LabelDocument(format, pdf(carrierName, trackingNumber, reference));
      case ZPL -> new LabelDocument(format, zpl(carrierName, trackingNumber, reference));
      case PNG -> new LabelDocument(format, png());
      case JPEG -> new LabelDocument(format, jpeg());
    };
  }

  /** A document of another kind (commercial invoice, manifest, ...) as a one-page PDF. */
  static LabelDocument pdfDocument(String title, String line1, String line2) {
    return new LabelDocument(LabelFormat.PDF, pdf(title, line1, line2));
  }

  /** An 8x8 grey JPEG (for example a doorstep photo). */
  static byte[] jpeg() {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 8; x++) {
      for (int y = 0; y < 8; y++) {
        image.setRGB(x, y, 0x808080);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "jpg", out)) {
        throw new IllegalStateException("no JPEG writer in this JDK");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A one-page PDF 1.4 with a correct cross-reference table. */
  static byte[] pdf(String carrierName, String trackingNumber, String reference) {
    String text =
        "BT /F1 14 Tf 20 160 Td ("
            + pdfText(carrierName)
            + ") Tj 0 -24 Td ("
            + pdfText(trackingNumber)
            + ") Tj 0 -24 Td (Ref "
            + pdfText(reference)
            + ") Tj ET";
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R >>");
    objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    objects.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 288 216] /Contents 4 0 R "
            + "/Resources << /Font << /F1 5 0 R >> >> >>");
    objects.add(
        "<< /Length "
            + text.getBytes(StandardCharsets.US_ASCII).length
            + " >>\nstream\n"
            + text
            + "\nendstream");
    objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder sb = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(sb.length());
      sb.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int xref = sb.length();
    sb.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int off : offsets) {
      sb.append(String.format("%010d 00000 n \n", off));
    }
    sb.append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return sb.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static String pdfText(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '(' || c == ')' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c < 32 || c > 126 ? '?' : c);
    }
    return sb.toString();
  }

  /** A 4x6 inch ZPL II label with the tracking number as text and Code 128 barcode. */
  static byte[] zpl(String carrierName, String trackingNumber, String reference) {
    String safe = trackingNumber.replaceAll("[\\^~]", "");
    String zpl =
        "^XA\n^CI28\n^FO40,40^A0N,40,40^FD"
            + carrierName.replaceAll("[\\^~]", "")
            + "^FS\n"
            + "^FO40,100^A0N,30,30^FDRef "
            + reference.replaceAll("[\\^~]", "")
            + "^FS\n"
            + "^FO40,160^BY3^BCN,150,Y,N,N^FD"
            + safe
            + "^FS\n^XZ\n";
    return zpl.getBytes(StandardCharsets.UTF_8);
  }

  /** A 1x1 white PNG with correct chunk CRCs. */
  static byte[] png() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer ihdr =
        ByteBuffer.allocate(13)
            .putInt(1)
            .putInt(1)
            .put((byte) 8)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0)
            .put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    Deflater deflater = new Deflater();
    deflater.setInput(new byte[] {0, (byte) 0xff});
    deflater.finish();
    byte[] buf = new byte[64];
    int n = deflater.deflate(buf);
    deflater.end();
    byte[] idat = new byte[n];
    System.arraycopy(buf, 0, idat, 0, n);
    chunk(out, "IDAT", idat);
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(typeBytes);
    out.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
