package io.github.odooconnector.carrier.spi;

/**
 * The document formats a carrier can return a shipping label or document in.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum LabelFormat {
  /** Portable Document Format, for office printers. */
  PDF("application/pdf", "pdf"),
  /** Zebra Programming Language, for thermal label printers. */
  ZPL("application/x-zpl", "zpl"),
  /** PNG image. */
  PNG("image/png", "png"),
  /** JPEG image (photos, for example a proof of delivery; carriers rarely print labels in it). */
  JPEG("image/jpeg", "jpg");

  private final String mimeType;
  private final String fileExtension;

  LabelFormat(String mimeType, String fileExtension) {
    this.mimeType = mimeType;
    this.fileExtension = fileExtension;
  }

  /**
   * The MIME type Odoo stores on the label attachment.
   *
   * @return for example {@code application/pdf}
   */
  public String mimeType() {
    return mimeType;
  }

  /**
   * The file name extension without the dot.
   *
   * @return for example {@code pdf}
   */
  public String fileExtension() {
    return fileExtension;
  }
}
