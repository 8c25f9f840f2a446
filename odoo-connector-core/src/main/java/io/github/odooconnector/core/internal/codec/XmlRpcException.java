package io.github.odooconnector.core.internal.codec;

/** A malformed, hostile or oversized XML-RPC document. */
public final class XmlRpcException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong
   */
  public XmlRpcException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what is wrong
   * @param cause parser failure
   */
  public XmlRpcException(String message, Throwable cause) {
    super(message, cause);
  }
}
