package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.ReadOptions;
import io.github.odooconnector.core.api.SearchOptions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Parallel keyset reads: lists the matching ids in chunks (ids only), cuts them into ranges of
 * {@code pageSize} ids and reads up to {@code parallelism} ranges at once with {@code search_read}
 * restricted to the range ({@code id >= lo and id <= hi}, so the domain is applied again and
 * records deleted meanwhile simply drop out). At most {@code parallelism} pages are held: the one
 * being consumed plus the ones in flight. Works on any {@link OdooClient}.
 */
public final class ParallelReads {

  private static final int MAX_IDS_PER_PLAN = 200_000;
  private static final AtomicInteger STREAMS = new AtomicInteger();

  private ParallelReads() {}

  /**
   * A stream of every matching record, read as the options say.
   *
   * @param client the client that issues the calls
   * @param model model name
   * @param domain filter
   * @param fields fields to read ({@code id} is added)
   * @param options paging and parallelism
   * @return a lazy stream; closing it stops the reads in flight
   */
  public static Stream<OdooRecord> stream(
      OdooClient client, String model, Domain domain, List<String> fields, ReadOptions options) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(options, "options");
    if (options.parallelism() == 1) {
      return client.streamSearchRead(model, domain, fields, options.pageSize());
    }
    List<String> f =
        fields.isEmpty() || fields.contains("id") ? List.copyOf(fields) : withId(fields);
    PageIterator it = new PageIterator(client, model, domain, f, options);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                it, Spliterator.NONNULL | Spliterator.DISTINCT | orderedFlag(options)),
            false)
        .onClose(it::shutdown);
  }

  private static int orderedFlag(ReadOptions options) {
    return options.ordered() ? Spliterator.ORDERED : 0;
  }

  private static List<String> withId(List<String> fields) {
    List<String> out = new ArrayList<>(fields);
    out.add("id");
    return out;
  }

  private static final class PageIterator implements Iterator<OdooRecord> {
    private final OdooClient client;
    private final String model;
    private final Domain domain;
    private final List<String> fields;
    private final int pageSize;
    private final int parallelism;
    private final boolean ordered;
    private final ThreadPoolExecutor executor;
    private final CompletionService<List<OdooRecord>> completion;
    private final Deque<Future<List<OdooRecord>>> window = new ArrayDeque<>();
    private final Deque<long[]> ranges = new ArrayDeque<>();
    private long lastPlannedId;
    private boolean planExhausted;
    private List<OdooRecord> page = List.of();
    private int index;
    private boolean finished;

    PageIterator(
        OdooClient client, String model, Domain domain, List<String> fields, ReadOptions o) {
      this.client = client;
      this.model = model;
      this.domain = domain;
      this.fields = fields;
      this.pageSize = o.pageSize();
      this.parallelism = o.parallelism();
      this.ordered = o.ordered();
      int stream = STREAMS.incrementAndGet();
      AtomicInteger threads = new AtomicInteger();
      this.executor =
          new ThreadPoolExecutor(
              parallelism,
              parallelism,
              1,
              TimeUnit.SECONDS,
              new LinkedBlockingQueue<>(),
              r -> {
                Thread t =
                    new Thread(
                        r, "odoo-read-" + stream + "-" + model + "-" + threads.incrementAndGet());
                t.setDaemon(true);
                return t;
              });
      this.executor.allowCoreThreadTimeOut(true);
      this.completion = new ExecutorCompletionService<>(executor);
    }

    @Override
    public boolean hasNext() {
      if (index < page.size()) {
        return true;
      }
      if (finished) {
        return false;
      }
      while (true) {
        fill();
        if (window.isEmpty()) {
          shutdown();
          return false;
        }
        page = take();
        index = 0;
        if (!page.isEmpty()) {
          return true;
        }
      }
    }

    @Override
    public OdooRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.get(index++);
    }

    /** Tops the window up to {@code parallelism} pages (the consumed page is already dropped). */
    private void fill() {
      while (window.size() < parallelism) {
        long[] range = nextRange();
        if (range == null) {
          return;
        }
        try {
          Callable<List<OdooRecord>> task = () -> readRange(range[0], range[1]);
          // ordered reads must not use the completion queue: it would keep every finished page
          window.add(ordered ? executor.submit(task) : completion.submit(task));
        } catch (RuntimeException e) {
          fail();
          throw e;
        }
      }
    }

    private long[] nextRange() {
      if (ranges.isEmpty() && !planExhausted) {
        plan();
      }
      return ranges.poll();
    }

    private void plan() {
      int chunk = (int) Math.min(MAX_IDS_PER_PLAN, (long) pageSize * parallelism * 4);
      Domain d = lastPlannedId == 0 ? domain : domain.and(Domain.where("id", ">", lastPlannedId));
      List<Long> ids;
      try {
        ids = client.search(model, d, SearchOptions.limit(chunk).withOrder("id asc"));
      } catch (RuntimeException e) {
        fail();
        throw e;
      }
      if (ids.size() < chunk) {
        planExhausted = true;
      }
      for (int from = 0; from < ids.size(); from += pageSize) {
        int to = Math.min(ids.size(), from + pageSize) - 1;
        ranges.add(new long[] {ids.get(from), ids.get(to)});
      }
      if (!ids.isEmpty()) {
        lastPlannedId = ids.get(ids.size() - 1);
      }
    }

    /** One range; continues by keyset if records started matching inside it meanwhile. */
    private List<OdooRecord> readRange(long lo, long hi) {
      List<OdooRecord> out = null;
      long from = lo;
      while (true) {
        Domain d = domain.and(Domain.where("id", ">=", from)).and(Domain.where("id", "<=", hi));
        List<OdooRecord> got =
            client.searchRead(model, d, fields, SearchOptions.limit(pageSize).withOrder("id asc"));
        if (out == null) {
          out = got;
        } else {
          out = new ArrayList<>(out);
          out.addAll(got);
        }
        if (got.size() < pageSize || got.isEmpty()) {
          return out;
        }
        long last = got.get(got.size() - 1).id();
        if (last >= hi) {
          return out;
        }
        from = last + 1;
      }
    }

    private List<OdooRecord> take() {
      try {
        Future<List<OdooRecord>> f;
        if (ordered) {
          f = window.poll();
        } else {
          f = completion.take();
          window.remove(f);
        }
        return f.get();
      } catch (ExecutionException e) {
        fail();
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(cause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        fail();
        CancellationException c =
            new CancellationException("interrupted while waiting for a page of " + model);
        c.initCause(e);
        throw c;
      }
    }

    /** Ends the read after a failure: nothing more is delivered or thrown. */
    private void fail() {
      page = List.of();
      index = 0;
      shutdown();
    }

    void shutdown() {
      finished = true;
      for (Future<List<OdooRecord>> f : window) {
        f.cancel(true);
      }
      window.clear();
      ranges.clear();
      executor.shutdownNow();
    }
  }
}
