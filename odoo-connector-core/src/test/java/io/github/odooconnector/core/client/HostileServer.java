package io.github.odooconnector.core.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP server that answers any request with a huge body generated on the fly (never held
 * in memory), to check that the client stops reading at its cap. Records how many body bytes it
 * managed to write.
 */
final class HostileServer implements AutoCloseable {

  private final ServerSocket socket;
  private final Thread thread;
  final AtomicLong bodyBytesWritten = new AtomicLong();

  HostileServer(long bodySize, boolean declareLength) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    thread = new Thread(() -> serve(bodySize, declareLength), "hostile-server");
    thread.setDaemon(true);
    thread.start();
  }

  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/";
  }

  private void serve(long bodySize, boolean declareLength) {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        InputStream in = s.getInputStream();
        byte[] buf = new byte[8192];
        // read request headers + small body (best effort)
        int n = in.read(buf);
        if (n < 0) {
          continue;
        }
        OutputStream out = s.getOutputStream();
        String head =
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + (declareLength ? "Content-Length: " + bodySize + "\r\n" : "Connection: close\r\n")
                + "\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        chunk[0] = '[';
        long written = 0;
        while (written < bodySize) {
          int len = (int) Math.min(chunk.length, bodySize - written);
          out.write(chunk, 0, len);
          written += len;
          bodyBytesWritten.addAndGet(len);
          chunk[0] = ' ';
        }
        out.flush();
      } catch (IOException expectedWhenClientHangsUp) {
        // the client closed the connection: exactly what we want to see
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
