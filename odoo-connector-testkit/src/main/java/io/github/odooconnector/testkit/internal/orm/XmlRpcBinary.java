package io.github.odooconnector.testkit.internal.orm;

/**
 * The {@code xmlrpc.client.Binary} object Python builds from an XML-RPC {@code <base64>} parameter.
 * Odoo's binary fields reject it (they expect base64 text), so the fake keeps it apart from strings
 * to fail the same way.
 *
 * @param base64 the element's text
 */
public record XmlRpcBinary(String base64) {}
