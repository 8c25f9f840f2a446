package io.github.odooconnector.core.internal.transport;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Accumulates a response body up to a cap, cancelling the subscription past it. One instance per
 * exchange; the HTTP client calls it from one thread at a time.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
  private final long max;
  private final long declared;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();

  /**
   * Received chunks, joined once at the end: no doubling copies while streaming (peak ~ body size).
   */
  private final List<byte[]> chunks = new ArrayList<>();

  private volatile Flow.Subscription subscription;
  private long received;

  CappedBodySubscriber(long max, long declared) {
    this.max = max;
    this.declared = declared;
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    this.subscription = s;
    if (declared > max) {
      s.cancel();
      result.completeExceptionally(
          new BodyTooLargeException(
              "response body of "
                  + declared
                  + " bytes (Content-Length) exceeds the limit of "
                  + max
                  + " bytes"));
      return;
    }
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : buffers) {
      int n = b.remaining();
      received += n;
      if (received > max) {
        chunks.clear();
        subscription.cancel();
        result.completeExceptionally(
            new BodyTooLargeException("response body exceeds the limit of " + max + " bytes"));
        return;
      }
      byte[] chunk = new byte[n];
      b.get(chunk);
      chunks.add(chunk);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable throwable) {
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    byte[] all = new byte[(int) received];
    int pos = 0;
    for (byte[] c : chunks) {
      System.arraycopy(c, 0, all, pos, c.length);
      pos += c.length;
    }
    chunks.clear();
    result.complete(all);
  }

  void abort() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
    result.completeExceptionally(new IOException("aborted"));
  }
}
