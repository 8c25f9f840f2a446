package io.github.odooconnector.core.internal.transport;

import java.io.IOException;

/** Raised when a response body exceeds the transport's size cap. Not shared between threads. */
final class BodyTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  BodyTooLargeException(String message) {
    super(message);
  }
}
