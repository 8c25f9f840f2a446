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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Parallel keyset reads: lists the matching ids in chunks (ids only), cuts them into ranges of
 * {@code pageSize} ids and reads up to {@code parallelism} ranges at once with {@code search_read}
 * restricted to the range ({@code id >= lo and id <= hi}, so the domain is applied again and
 * records deleted meanwhile simply drop out). At most {@code parallelism} pages are held: the one
 * being consumed plus the ones in flight. The pages are read on the client's {@link ReadExecutor}
 * (bounded, shared by all its streams, stopped with the client); a client that is not the SDK's own
 * reads on one process-wide executor of the same kind. Works on any {@link OdooClient}.
 */
public final class ParallelReads {

  private static final int MAX_IDS_PER_PLAN = 200_000;

  private ParallelReads() {}

  /** The executor of clients without one of their own; its idle threads end on their own. */
  private static final class Shared {
    static final ReadExecutor EXECUTOR = new ReadExecutor();
  }

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
    return stream(client, model, domain, fields, options, Shared.EXECUTOR);
  }

  /** The same, with the pages read on {@code executor} (the client's own). */
  static Stream<OdooRecord> stream(
      OdooClient client,
      String model,
      Domain domain,
      List<String> fields,
      ReadOptions options,
      ReadExecutor executor) {
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
    PageIterator it = new PageIterator(client, model, domain, f, options, executor);
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
    private final ReadExecutor executor;

    /** Unordered reads: the pages in the order they complete (cancelled ones included). */
    private final BlockingQueue<Page> completed = new LinkedBlockingQueue<>();

    private final Deque<Page> window = new ArrayDeque<>();
    private final Deque<long[]> ranges = new ArrayDeque<>();
    private long lastPlannedId;
    private boolean planExhausted;
    private List<OdooRecord> page = List.of();
    private int index;
    private boolean finished;

    PageIterator(
        OdooClient client,
        String model,
        Domain domain,
        List<String> fields,
        ReadOptions o,
        ReadExecutor executor) {
      this.client = client;
      this.model = model;
      this.domain = domain;
      this.fields = fields;
      this.pageSize = o.pageSize();
      this.parallelism = o.parallelism();
      this.ordered = o.ordered();
      this.executor = executor;
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
          Page page = new Page(() -> readRange(range[0], range[1]));
          window.add(page);
          executor.execute(page);
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
        Page f;
        if (ordered) {
          f = window.poll();
        } else {
          f = completed.take();
          window.remove(f);
        }
        return f.get();
      } catch (CancellationException e) {
        fail(); // the client was closed: its executor cancelled the pages not started
        throw new IllegalStateException("OdooClient is closed", e);
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
      for (Page f : window) {
        f.cancel(true);
      }
      window.clear();
      ranges.clear();
      completed.clear();
    }

    /**
     * One range being read; an unordered read learns of its completion (or cancellation) through
     * {@code completed}. Ordered reads do not use that queue: it would keep every finished page.
     */
    private final class Page extends FutureTask<List<OdooRecord>> {
      Page(Callable<List<OdooRecord>> read) {
        super(read);
      }

      @Override
      protected void done() {
        if (!ordered) {
          completed.add(this);
        }
      }
    }
  }
}
