package io.github.odooconnector.carrier.spi;

/**
 * The kinds of shipping documents besides labels that a carrier returns and the workflows attach in
 * Odoo (file names start with {@link #filePrefix()}).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum DocumentType {
  /** The commercial invoice customs asks for. */
  COMMERCIAL_INVOICE("CommercialInvoice"),
  /** The customs declaration form (CN22/CN23). */
  CUSTOMS_DECLARATION("CustomsDeclaration"),
  /** A certificate of origin. */
  CERTIFICATE_OF_ORIGIN("CertificateOfOrigin"),
  /** A packing list. */
  PACKING_LIST("PackingList"),
  /** The shipper's declaration for dangerous goods. */
  DANGEROUS_GOODS_DECLARATION("DangerousGoods"),
  /** An end-of-day manifest (scan form, close-out report). */
  MANIFEST("Manifest"),
  /** A proof of delivery (signature image, photo, delivery receipt). */
  PROOF_OF_DELIVERY("ProofOfDelivery"),
  /** Any other document. */
  OTHER("ShippingDoc");

  private final String filePrefix;

  DocumentType(String filePrefix) {
    this.filePrefix = filePrefix;
  }

  /**
   * The prefix of the attachment name the workflows give the document, for example {@code
   * CommercialInvoice}.
   *
   * @return the prefix
   */
  public String filePrefix() {
    return filePrefix;
  }
}
