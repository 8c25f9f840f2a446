package io.github.odooconnector.transport.spi;

import static io.github.odooconnector.common.internal.Checks.requireText;

import java.util.Arrays;
import java.util.Objects;

/**
 * A proof-of-delivery document: the signed bill of lading, a delivery receipt, a photo.
 *
 * <p>Immutable and thread-safe (the content is copied in and out).
 *
 * @param fileName the file name for the Odoo attachment, for example {@code POD-PRO123.pdf}
 * @param mimeType the MIME type, for example {@code application/pdf}
 * @param content the file's bytes
 */
public record PodDocument(String fileName, String mimeType, byte[] content) {

  /**
   * Checks and copies the components.
   *
   * @param fileName see the record description
   * @param mimeType see the record description
   * @param content see the record description
   */
  public PodDocument {
    requireText(fileName, "fileName");
    requireText(mimeType, "mimeType");
    content = Objects.requireNonNull(content, "content").clone();
  }

  /**
   * A copy of the file's bytes.
   *
   * @return the bytes
   */
  @Override
  public byte[] content() {
    return content.clone();
  }

  /**
   * Equal when name, type and bytes are equal.
   *
   * @param o the other object
   * @return whether equal
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof PodDocument d
        && d.fileName.equals(fileName)
        && d.mimeType.equals(mimeType)
        && Arrays.equals(d.content, content);
  }

  /**
   * Consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(fileName, mimeType, Arrays.hashCode(content));
  }

  /**
   * Names the file and its size, not its bytes.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "PodDocument[" + fileName + ", " + mimeType + ", " + content.length + " bytes]";
  }
}
