package io.github.odooconnector.carrier.spi;

import java.util.Arrays;
import java.util.Objects;

/**
 * A label (or other shipping document) as returned by the carrier: the raw bytes and their format.
 *
 * <p>Immutable and thread-safe: the bytes are copied on the way in and on the way out.
 *
 * @param format the document format
 * @param content the document bytes; never empty
 */
public record LabelDocument(LabelFormat format, byte[] content) {

  /**
   * Validates and defensively copies the content.
   *
   * @param format the document format
   * @param content the document bytes; never empty
   */
  public LabelDocument {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
    if (content.length == 0) {
      throw new IllegalArgumentException("label content must not be empty");
    }
    content = content.clone();
  }

  /**
   * A copy of the document bytes.
   *
   * @return the bytes
   */
  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LabelDocument other
        && format == other.format
        && Arrays.equals(content, other.content);
  }

  @Override
  public int hashCode() {
    return 31 * format.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "LabelDocument[" + format + ", " + content.length + " bytes]";
  }
}
