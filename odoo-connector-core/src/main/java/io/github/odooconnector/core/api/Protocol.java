package io.github.odooconnector.core.api;

/** The wire protocol an {@link OdooClient} speaks. Immutable enum, thread-safe. */
public enum Protocol {
  /**
   * Detect from the server version: JSON-2 when the server is Odoo 19 or later and an API key is
   * configured, otherwise JSON-RPC.
   */
  AUTO,
  /**
   * {@code POST /json/2/<model>/<method>} with a bearer API key (Odoo 19+). Keyword arguments only.
   */
  JSON2,
  /**
   * {@code POST /jsonrpc} with services {@code common} and {@code object} ({@code execute_kw});
   * Odoo 8 to 19.
   */
  JSONRPC,
  /** {@code POST /xmlrpc/2/common|object}; Odoo 8 to 19, decoded by a hardened StAX codec. */
  XMLRPC
}
