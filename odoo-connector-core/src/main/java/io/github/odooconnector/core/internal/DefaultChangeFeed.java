package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.Change;
import io.github.odooconnector.core.api.ChangeBatch;
import io.github.odooconnector.core.api.ChangeFeed;
import io.github.odooconnector.core.api.ChangeKind;
import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.spi.ChangeCursor;
import io.github.odooconnector.core.spi.ChangeCursorStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The change feed: a two-level keyset on {@code (write_date second, id)}, a rewind over the overlap
 * window after each caught-up poll, and de-duplication by {@code (id, write_date)} plus a
 * fingerprint of the values read. See {@link ChangeFeed} for the contract. Thread-safe (no mutable
 * state besides the store).
 */
public final class DefaultChangeFeed implements ChangeFeed {

  static final DateTimeFormatter ODOO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
  private static final String WD = "write_date";
  private static final int MAX_IN = 1000;

  private final OdooClient client;
  private final String model;
  private final Domain domain;
  private final List<String> readFields;
  private final String name;
  private final ChangeCursorStore store;
  private final Duration overlap;
  private final int pageSize;
  private final Instant startAt;

  private DefaultChangeFeed(
      OdooClient client,
      String model,
      Domain domain,
      List<String> fields,
      String name,
      ChangeCursorStore store,
      Duration overlap,
      int pageSize,
      Instant startAt) {
    this.client = client;
    this.model = model;
    this.domain = domain;
    Set<String> f = new LinkedHashSet<>(fields);
    f.add("id");
    f.add(WD);
    this.readFields = List.copyOf(f);
    this.name = name;
    this.store = store;
    this.overlap = overlap;
    this.pageSize = pageSize;
    this.startAt = startAt;
  }

  /**
   * Creates a feed (validated by the builder).
   *
   * @param client the client
   * @param model model
   * @param domain scope
   * @param fields fields to read
   * @param name feed name
   * @param store cursor store
   * @param overlap overlap window
   * @param pageSize records per call
   * @param startAt start without a saved cursor, or null for the beginning
   * @return the feed
   */
  public static ChangeFeed create(
      OdooClient client,
      String model,
      Domain domain,
      List<String> fields,
      String name,
      ChangeCursorStore store,
      Duration overlap,
      int pageSize,
      Instant startAt) {
    return new DefaultChangeFeed(
        client, model, domain, fields, name, store, overlap, pageSize, startAt);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public ChangeBatch poll() {
    State st = store.load(name).map(c -> State.decode(c, name)).orElseGet(this::initial);
    if (st.rewind && st.high != null) {
      String from = second(parse(st.high).minus(overlap));
      if (st.scanSecond == null || from.compareTo(st.scanSecond) < 0) {
        st.scanSecond = from;
        st.scanAfter = 0;
      }
    }
    st.rewind = false;
    List<Change> changes = new ArrayList<>();
    boolean caughtUp;
    while (true) {
      Page p = fetch(st.scanSecond, st.scanAfter);
      for (OdooRecord r : p.records) {
        String sec = secondOf(r);
        String key = r.id() + "@" + compact(sec);
        String fp = fingerprint(r);
        if (!fp.equals(st.seen.get(key))) {
          st.seen.remove(key);
          st.seen.put(key, fp);
          changes.add(new Change(ChangeKind.CHANGED, model, r.id(), instant(sec), r));
        }
        if (st.high == null || sec.compareTo(st.high) > 0) {
          st.high = sec;
        }
      }
      st.scanSecond = p.second;
      st.scanAfter = p.after;
      if (p.exhausted) {
        caughtUp = true;
        st.rewind = true;
        break;
      }
      if (!changes.isEmpty()) {
        caughtUp = false;
        break;
      }
    }
    prune(st);
    return new ChangeBatch(changes, st.encode(), caughtUp);
  }

  @Override
  public void commit(ChangeBatch batch) {
    Objects.requireNonNull(batch, "batch");
    State.decode(batch.next(), name); // refuse a token that is not a feed position
    store.save(name, batch.next());
  }

  @Override
  public int drain(Consumer<Change> handler) {
    Objects.requireNonNull(handler, "handler");
    int n = 0;
    while (true) {
      ChangeBatch b = poll();
      for (Change c : b.changes()) {
        handler.accept(c);
        n++;
      }
      commit(b);
      if (b.caughtUp()) {
        return n;
      }
    }
  }

  @Override
  public List<Change> detectDeletions(Collection<Long> knownIds) {
    Objects.requireNonNull(knownIds, "knownIds");
    TreeSet<Long> known = new TreeSet<>();
    for (Long id : knownIds) {
      if (id == null || id <= 0) {
        throw new IllegalArgumentException("known ids must be positive, got " + id);
      }
      known.add(id);
    }
    if (known.isEmpty()) {
      return List.of();
    }
    long max = known.last();
    long last = known.first() - 1;
    List<Long> missing = new ArrayList<>();
    while (true) {
      Domain d = domain.and(Domain.where("id", ">", last)).and(Domain.where("id", "<=", max));
      List<Long> ids = client.search(model, d, SearchOptions.limit(pageSize).withOrder("id asc"));
      boolean lastPage = ids.size() < pageSize;
      long upper = lastPage ? max : ids.get(ids.size() - 1);
      Set<Long> present = new HashSet<>(ids);
      for (Long k : known.subSet(last, false, upper, true)) {
        if (!present.contains(k)) {
          missing.add(k);
        }
      }
      if (lastPage) {
        break;
      }
      last = upper;
    }
    Set<Long> stillThere = new HashSet<>();
    OdooClient all = client.withContext(Context.builder().activeTest(false).build());
    for (int i = 0; i < missing.size(); i += MAX_IN) {
      List<Long> chunk = missing.subList(i, Math.min(missing.size(), i + MAX_IN));
      stillThere.addAll(all.search(model, Domain.where("id", "in", List.copyOf(chunk))));
    }
    List<Change> out = new ArrayList<>(missing.size());
    for (Long id : missing) {
      out.add(
          new Change(
              stillThere.contains(id) ? ChangeKind.LEFT_SCOPE : ChangeKind.DELETED,
              model,
              id,
              null,
              null));
    }
    return List.copyOf(out);
  }

  @Override
  public void reset() {
    store.delete(name);
  }

  @Override
  public String toString() {
    return "ChangeFeed[" + name + ", model=" + model + ", overlap=" + overlap + "]";
  }

  // --- paging

  private record Page(List<OdooRecord> records, String second, long after, boolean exhausted) {}

  /**
   * One page after position {@code (s, after)}: first the rest of second {@code s} by id, else the
   * following seconds by {@code (write_date, id)}, cut after the last complete second.
   */
  private Page fetch(String s, long after) {
    if (s != null) {
      Domain d =
          domain
              .and(Domain.where(WD, ">=", s))
              .and(Domain.where(WD, "<", second(parse(s).plusSeconds(1))))
              .and(Domain.where("id", ">", after));
      List<OdooRecord> q1 =
          client.searchRead(
              model, d, readFields, SearchOptions.limit(pageSize).withOrder("id asc"));
      if (!q1.isEmpty()) {
        return new Page(q1, s, q1.get(q1.size() - 1).id(), false);
      }
    }
    Domain d2 = s == null ? domain : domain.and(Domain.where(WD, ">=", next(s)));
    List<OdooRecord> q2 =
        client.searchRead(
            model,
            d2,
            readFields,
            SearchOptions.limit(pageSize).withOrder("write_date asc, id asc"));
    if (q2.isEmpty()) {
      return new Page(List.of(), s, after, true);
    }
    List<OdooRecord> sorted = new ArrayList<>(q2);
    sorted.sort(
        Comparator.comparing(DefaultChangeFeed::secondOf).thenComparingLong(OdooRecord::id));
    String lastSecond = secondOf(sorted.get(sorted.size() - 1));
    if (q2.size() < pageSize) {
      return new Page(sorted, lastSecond, sorted.get(sorted.size() - 1).id(), true);
    }
    List<OdooRecord> complete = new ArrayList<>();
    for (OdooRecord r : sorted) {
      if (secondOf(r).compareTo(lastSecond) < 0) {
        complete.add(r);
      }
    }
    if (complete.isEmpty()) {
      // a full page inside one second (a bulk write): page that second by id
      return fetch(lastSecond, 0);
    }
    return new Page(complete, lastSecond, 0, false);
  }

  private static String next(String s) {
    return second(parse(s).plusSeconds(1));
  }

  private void prune(State st) {
    if (st.high == null) {
      return;
    }
    String keepFrom = compact(second(parse(st.high).minus(overlap)));
    Iterator<Map.Entry<String, String>> it = st.seen.entrySet().iterator();
    while (it.hasNext()) {
      String key = it.next().getKey();
      if (key.substring(key.indexOf('@') + 1).compareTo(keepFrom) < 0) {
        it.remove();
      }
    }
  }

  private State initial() {
    State st = new State();
    st.scanSecond =
        startAt == null ? null : second(LocalDateTime.ofInstant(startAt, ZoneOffset.UTC));
    return st;
  }

  // --- values

  static String secondOf(OdooRecord r) {
    Object v = r.raw(WD);
    if (!(v instanceof String s) || s.length() < 19) {
      return "1970-01-01 00:00:00";
    }
    return s.substring(0, 19).replace('T', ' ');
  }

  private static LocalDateTime parse(String second) {
    return LocalDateTime.parse(second, ODOO);
  }

  private static String second(LocalDateTime t) {
    return t.withNano(0).format(ODOO);
  }

  private static Instant instant(String second) {
    return parse(second).toInstant(ZoneOffset.UTC);
  }

  private static String compact(String second) {
    return parse(second).format(COMPACT);
  }

  private static String expand(String compact) {
    return LocalDateTime.parse(compact, COMPACT).format(ODOO);
  }

  /** A short digest of the values read: a rewrite inside the same second is not a duplicate. */
  static String fingerprint(OdooRecord r) {
    String canonical = new TreeMap<>(r.asMap()).toString();
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The decoded cursor. */
  private static final class State {
    private static final String VERSION = "cf1";

    String scanSecond;
    long scanAfter;
    String high;
    boolean rewind;
    final LinkedHashMap<String, String> seen = new LinkedHashMap<>();

    ChangeCursor encode() {
      StringBuilder sb = new StringBuilder(64 + seen.size() * 40);
      sb.append(VERSION)
          .append('|')
          .append(scanSecond == null ? "-" : compact(scanSecond))
          .append('|')
          .append(scanAfter)
          .append('|')
          .append(high == null ? "-" : compact(high))
          .append('|')
          .append(rewind ? '1' : '0')
          .append('|');
      boolean first = true;
      for (Map.Entry<String, String> e : seen.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        sb.append(e.getKey()).append('@').append(e.getValue());
      }
      return ChangeCursor.of(sb.toString());
    }

    static State decode(ChangeCursor cursor, String feed) {
      String[] parts = cursor.token().split("\\|", -1);
      try {
        if (parts.length != 6 || !VERSION.equals(parts[0])) {
          throw new IllegalArgumentException("unknown format");
        }
        State st = new State();
        st.scanSecond = "-".equals(parts[1]) ? null : expand(parts[1]);
        st.scanAfter = Long.parseLong(parts[2]);
        st.high = "-".equals(parts[3]) ? null : expand(parts[3]);
        st.rewind = "1".equals(parts[4]);
        if (!parts[5].isEmpty()) {
          for (String entry : parts[5].split(",")) {
            int at = entry.lastIndexOf('@');
            String key = entry.substring(0, at);
            Long.parseLong(key.substring(0, key.indexOf('@')));
            expand(key.substring(key.indexOf('@') + 1));
            st.seen.put(key, entry.substring(at + 1));
          }
        }
        return st;
      } catch (RuntimeException e) {
        if (e instanceof DateTimeParseException
            || e instanceof IllegalArgumentException
            || e instanceof IndexOutOfBoundsException) {
          throw new IllegalArgumentException(
              "the saved cursor of change feed '"
                  + feed
                  + "' is not a change-feed position ("
                  + e.getMessage()
                  + "): reset the feed or restore the cursor",
              e);
        }
        throw e;
      }
    }
  }
}
