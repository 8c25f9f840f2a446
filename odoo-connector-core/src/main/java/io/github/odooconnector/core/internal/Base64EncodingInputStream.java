package io.github.odooconnector.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Base64;

/** Reads another stream and yields its standard base64 text (no line breaks), chunk by chunk. */
final class Base64EncodingInputStream extends InputStream {

  private static final int CHUNK = 3 * 16 * 1024;

  private final InputStream in;
  private final byte[] raw = new byte[CHUNK];
  private byte[] encoded = new byte[0];
  private int pos;
  private boolean eof;

  Base64EncodingInputStream(InputStream in) {
    this.in = in;
  }

  private boolean fill() throws IOException {
    while (pos >= encoded.length) {
      if (eof) {
        return false;
      }
      int n = in.readNBytes(raw, 0, CHUNK); // full chunks (multiple of 3) until the end
      if (n < CHUNK) {
        eof = true;
      }
      if (n == 0) {
        return false;
      }
      byte[] slice = n == CHUNK ? raw : Arrays.copyOf(raw, n);
      encoded = Base64.getEncoder().encode(slice);
      pos = 0;
    }
    return true;
  }

  @Override
  public int read() throws IOException {
    return fill() ? encoded[pos++] & 0xff : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, encoded.length - pos);
    System.arraycopy(encoded, pos, b, off, n);
    pos += n;
    return n;
  }
}
