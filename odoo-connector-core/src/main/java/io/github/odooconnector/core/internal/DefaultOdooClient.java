package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.ApiKeys;
import io.github.odooconnector.core.api.Attachments;
import io.github.odooconnector.core.api.CallOptions;
import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.FieldInfo;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.ReadOptions;
import io.github.odooconnector.core.api.Reports;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.api.ServerVersion;
import io.github.odooconnector.core.internal.codec.WireValues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The {@link OdooClient} implementation. Thread-safe; {@code withContext} views share one {@link
 * Engine}.
 */
public final class DefaultOdooClient implements OdooClient {

  /** Methods without side effects: retried like reads unless the caller says otherwise. */
  static final Set<String> READ_METHODS =
      Set.of(
          "search",
          "search_read",
          "search_count",
          "search_fetch",
          "read",
          "fields_get",
          "name_search",
          "read_group",
          "formatted_read_group",
          "default_get",
          "get_views",
          "check_access_rights",
          "check_access",
          "has_access",
          "exists",
          "web_search_read",
          "web_read",
          "name_get",
          "get_metadata",
          "version",
          "version_info");

  private static final List<String> FIELD_ATTRIBUTES =
      List.of(
          "string",
          "type",
          "required",
          "readonly",
          "relation",
          "selection",
          "help",
          "store",
          "digits");

  private final Engine engine;
  private final Context context;

  private DefaultOdooClient(Engine engine, Context context) {
    this.engine = engine;
    this.context = context;
  }

  /**
   * Creates a client from a validated configuration.
   *
   * @param config configuration
   * @return the client
   */
  public static OdooClient create(ClientConfig config) {
    Objects.requireNonNull(config, "config");
    return new DefaultOdooClient(new Engine(config), config.context());
  }

  // --- typed helpers

  @Override
  public long create(String model, Map<String, ?> values) {
    Objects.requireNonNull(values, "values");
    List<Long> ids = create(model, List.of(values));
    if (ids.size() != 1) {
      throw OdooErrors.protocol(
          "create returned " + ids.size() + " ids for one record", site(model, "create"), null);
    }
    return ids.get(0);
  }

  @Override
  public List<Long> create(String model, List<? extends Map<String, ?>> valuesList) {
    Objects.requireNonNull(valuesList, "valuesList");
    if (valuesList.isEmpty()) {
      return List.of();
    }
    Object r = invoke(model, "create", List.of(valuesList), Map.of(), CallOptions.defaults());
    if (r instanceof Number n) {
      return List.of(n.longValue());
    }
    return Results.ids(r, site(model, "create"));
  }

  @Override
  public List<Long> search(String model, Domain domain) {
    return search(model, domain, SearchOptions.defaults());
  }

  @Override
  public List<Long> search(String model, Domain domain, SearchOptions options) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(options, "options");
    Object r =
        invoke(model, "search", List.of(domain), paging(options, "order"), CallOptions.defaults());
    return Results.ids(r, site(model, "search"));
  }

  @Override
  public List<OdooRecord> searchRead(
      String model, Domain domain, List<String> fields, SearchOptions options) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(options, "options");
    Map<String, Object> kw = new LinkedHashMap<>();
    kw.put("fields", List.copyOf(fields));
    kw.putAll(paging(options, "order"));
    Object r = invoke(model, "search_read", List.of(domain), kw, CallOptions.defaults());
    return Results.records(r, site(model, "search_read"));
  }

  @Override
  public Stream<OdooRecord> streamSearchRead(
      String model, Domain domain, List<String> fields, int pageSize) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(fields, "fields");
    if (pageSize < 1 || pageSize > 10_000) {
      throw new IllegalArgumentException("pageSize must be within 1..10000, got " + pageSize);
    }
    List<String> f =
        fields.isEmpty() || fields.contains("id") ? List.copyOf(fields) : withId(fields);
    Iterator<OdooRecord> it =
        new Iterator<>() {
          private List<OdooRecord> page = List.of();
          private int index;
          private long lastId;
          private boolean exhausted;

          @Override
          public boolean hasNext() {
            if (index < page.size()) {
              return true;
            }
            if (exhausted) {
              return false;
            }
            Domain d = lastId == 0 ? domain : domain.and(Domain.where("id", ">", lastId));
            page = searchRead(model, d, f, SearchOptions.limit(pageSize).withOrder("id asc"));
            index = 0;
            if (page.size() < pageSize) {
              exhausted = true;
            }
            if (!page.isEmpty()) {
              lastId = page.get(page.size() - 1).id();
            }
            return !page.isEmpty();
          }

          @Override
          public OdooRecord next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return page.get(index++);
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            it, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT),
        false);
  }

  @Override
  public Stream<OdooRecord> streamSearchRead(
      String model, Domain domain, List<String> fields, ReadOptions options) {
    return ParallelReads.stream(this, model, domain, fields, options, engine.reads());
  }

  private static List<String> withId(List<String> fields) {
    List<String> out = new ArrayList<>(fields);
    out.add("id");
    return out;
  }

  @Override
  public List<OdooRecord> read(String model, Collection<Long> ids, List<String> fields) {
    Objects.requireNonNull(fields, "fields");
    List<Long> idList = idList(ids);
    if (idList.isEmpty()) {
      return List.of();
    }
    Map<String, Object> kw = fields.isEmpty() ? Map.of() : Map.of("fields", List.copyOf(fields));
    Object r = invoke(model, "read", List.of(idList), kw, CallOptions.defaults());
    return Results.records(r, site(model, "read"));
  }

  @Override
  public long searchCount(String model, Domain domain) {
    Objects.requireNonNull(domain, "domain");
    Object r = invoke(model, "search_count", List.of(domain), Map.of(), CallOptions.defaults());
    return Results.count(r, site(model, "search_count"));
  }

  @Override
  public boolean write(String model, Collection<Long> ids, Map<String, ?> values) {
    Objects.requireNonNull(values, "values");
    List<Long> idList = idList(ids);
    if (idList.isEmpty()) {
      return true;
    }
    Object r = invoke(model, "write", List.of(idList, values), Map.of(), CallOptions.defaults());
    return Results.bool(r, site(model, "write"));
  }

  @Override
  public boolean unlink(String model, Collection<Long> ids) {
    List<Long> idList = idList(ids);
    if (idList.isEmpty()) {
      return true;
    }
    Object r = invoke(model, "unlink", List.of(idList), Map.of(), CallOptions.defaults());
    return Results.bool(r, site(model, "unlink"));
  }

  @Override
  public Map<String, FieldInfo> fieldsGet(String model) {
    Object r =
        invoke(
            model,
            "fields_get",
            List.of(),
            Map.of("attributes", FIELD_ATTRIBUTES),
            CallOptions.defaults());
    return Results.fields(r, site(model, "fields_get"));
  }

  @Override
  public List<Many2one> nameSearch(String model, String name, Domain domain, int limit) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(domain, "domain");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    // positional: the domain parameter is called 'args' before Odoo 18 and 'domain' since
    Object r =
        invoke(
            model,
            "name_search",
            List.of(name, domain, "ilike", limit),
            Map.of(),
            CallOptions.defaults());
    return Results.pairs(r, site(model, "name_search"));
  }

  @Override
  public List<Map<String, Object>> readGroup(
      String model,
      Domain domain,
      List<String> fields,
      List<String> groupBy,
      SearchOptions options) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(groupBy, "groupBy");
    Objects.requireNonNull(options, "options");
    if (groupBy.isEmpty()) {
      throw new IllegalArgumentException("groupBy must name at least one field");
    }
    ServerVersion v = serverVersion();
    if (v.major() > 19 || v.major() == 19 && v.minor() >= 1) {
      return formattedReadGroup(model, domain, fields, groupBy, options);
    }
    Map<String, Object> kw = new LinkedHashMap<>(paging(options, "orderby"));
    kw.put("lazy", false);
    Object r =
        invoke(
            model,
            "read_group",
            List.of(domain, List.copyOf(fields), List.copyOf(groupBy)),
            kw,
            CallOptions.defaults());
    return Results.maps(r, site(model, "read_group"));
  }

  /**
   * {@code read_group} is no longer public from saas~19.1 on: ask {@code formatted_read_group} (in
   * 19.0 already) and answer in {@code read_group}'s shape ({@code lazy=False}): aggregates under
   * the field name, {@code __count}, and {@code __domain} = the filter and the group's condition.
   */
  private List<Map<String, Object>> formattedReadGroup(
      String model,
      Domain domain,
      List<String> fields,
      List<String> groupBy,
      SearchOptions options) {
    List<String> aggregates = new ArrayList<>();
    Map<String, String> nameOf = new LinkedHashMap<>();
    for (String f : fields) {
      String name = f.contains(":") ? f.substring(0, f.indexOf(':')) : f;
      if (groupBy.contains(f) || groupBy.contains(name) || "__count".equals(f)) {
        continue;
      }
      if (name.contains("(")) {
        throw new IllegalArgumentException(
            "readGroup: aggregate '"
                + f
                + "' uses the alias syntax, which Odoo "
                + serverVersion().raw()
                + " (formatted_read_group) does not accept; use 'field:function'");
      }
      // a bare field is summed, as read_group does for numeric fields
      String spec = f.contains(":") ? f : f + ":sum";
      aggregates.add(spec);
      nameOf.put(spec, name);
    }
    aggregates.add("__count");
    Map<String, Object> kw = new LinkedHashMap<>();
    kw.put("groupby", List.copyOf(groupBy));
    kw.put("aggregates", aggregates);
    if (options.offset() > 0) {
      kw.put("offset", options.offset());
    }
    options.limit().ifPresent(l -> kw.put("limit", l));
    options.order().ifPresent(o -> kw.put("order", o));
    Object r = invoke(model, "formatted_read_group", List.of(domain), kw, CallOptions.defaults());
    List<Map<String, Object>> groups = Results.maps(r, site(model, "formatted_read_group"));
    List<Map<String, Object>> out = new ArrayList<>(groups.size());
    for (Map<String, Object> g : groups) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (String gb : groupBy) {
        row.put(gb, g.get(gb));
      }
      for (Map.Entry<String, String> e : nameOf.entrySet()) {
        row.put(e.getValue(), g.get(e.getKey()));
      }
      row.put("__count", g.get("__count"));
      List<Object> full = new ArrayList<>();
      Object extra = g.get("__extra_domain");
      List<?> extraList = extra instanceof List<?> l ? l : List.of();
      List<?> base = (List<?>) WireValues.toWire(domain);
      if (!base.isEmpty() && !extraList.isEmpty()) {
        full.add("&");
      }
      full.addAll(base);
      full.addAll(extraList);
      row.put("__domain", full);
      out.add(Collections.unmodifiableMap(row));
    }
    return List.copyOf(out);
  }

  @Override
  public Object call(String model, String method, List<?> args, Map<String, ?> kwargs) {
    return call(model, method, args, kwargs, CallOptions.defaults());
  }

  @Override
  public Object call(
      String model, String method, List<?> args, Map<String, ?> kwargs, CallOptions options) {
    return invoke(model, method, args, kwargs, options);
  }

  // --- plumbing

  private Object invoke(
      String model, String method, List<?> args, Map<String, ?> kwargs, CallOptions options) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(args, "args");
    Objects.requireNonNull(kwargs, "kwargs");
    Objects.requireNonNull(options, "options");
    if (!model.matches("[a-z0-9_]+(\\.[a-z0-9_]+)*")) {
      throw new IllegalArgumentException("invalid model name '" + model + "'");
    }
    if (!method.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("invalid method name '" + method + "'");
    }
    engine.ensureOpen();
    @SuppressWarnings("unchecked")
    List<Object> wireArgs = (List<Object>) WireValues.toWire(args);
    @SuppressWarnings("unchecked")
    Map<String, Object> wireKwargs = (Map<String, Object>) WireValues.toWire(kwargs);
    @SuppressWarnings("unchecked")
    Map<String, Object> wireContext = (Map<String, Object>) WireValues.toWire(context.asMap());
    boolean idempotent = options.idempotent().orElse(READ_METHODS.contains(method));
    Duration timeout = options.timeout().orElse(engine.config().callTimeout());
    long deadline = System.nanoTime() + timeout.toNanos();
    return engine.execute(
        new Invocation(model, method, wireArgs, wireKwargs), wireContext, idempotent, deadline);
  }

  private static Map<String, Object> paging(SearchOptions options, String orderKey) {
    Map<String, Object> kw = new LinkedHashMap<>();
    if (options.offset() > 0) {
      kw.put("offset", options.offset());
    }
    options.limit().ifPresent(l -> kw.put("limit", l));
    options.order().ifPresent(o -> kw.put(orderKey, o));
    return kw;
  }

  private static List<Long> idList(Collection<Long> ids) {
    Objects.requireNonNull(ids, "ids");
    List<Long> out = new ArrayList<>(ids.size());
    for (Long id : ids) {
      if (id == null || id <= 0) {
        throw new IllegalArgumentException("record ids must be positive, got " + id);
      }
      out.add(id);
    }
    return Collections.unmodifiableList(out);
  }

  private Site site(String model, String method) {
    return engine.site(model, method);
  }

  @Override
  public Reports reports() {
    return new DefaultWebFiles(engine);
  }

  @Override
  public Attachments attachments() {
    return new DefaultWebFiles(engine);
  }

  @Override
  public ApiKeys apiKeys() {
    return new DefaultApiKeys(engine);
  }

  @Override
  public OdooClient withContext(Context extra) {
    Objects.requireNonNull(extra, "context");
    return new DefaultOdooClient(engine, context.merge(extra));
  }

  @Override
  public Context context() {
    return context;
  }

  @Override
  public ServerVersion serverVersion() {
    engine.ensureOpen();
    return engine.serverVersion(System.nanoTime() + engine.config().callTimeout().toNanos());
  }

  @Override
  public Protocol protocol() {
    engine.ensureOpen();
    return engine.wire(System.nanoTime() + engine.config().callTimeout().toNanos()).protocol();
  }

  @Override
  public void close() {
    engine.close();
  }

  @Override
  public String toString() {
    ClientConfig c = engine.config();
    return "OdooClient[url="
        + c.url()
        + ", database="
        + c.database()
        + ", login="
        + c.login()
        + ", protocol="
        + c.protocol()
        + ", context="
        + context
        + "]";
  }
}
