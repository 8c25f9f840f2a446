package io.github.odooconnector.testkit;

/** The wire protocol a call reached the {@link FakeOdoo} through. Immutable and thread-safe. */
public enum WireProtocol {
  /**
   * {@code /xmlrpc/2/common}, {@code /xmlrpc/2/object} (and the legacy {@code /xmlrpc/*} paths).
   */
  XMLRPC,
  /** {@code /jsonrpc} with a {@code service}/{@code method}/{@code args} envelope. */
  JSONRPC,
  /** {@code /json/2/<model>/<method>} with a bearer API key (Odoo 19). */
  JSON2
}
