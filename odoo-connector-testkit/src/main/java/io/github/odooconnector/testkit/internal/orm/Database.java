package io.github.odooconnector.testkit.internal.orm;

import io.github.odooconnector.testkit.FakeOdooException;
import io.github.odooconnector.testkit.OdooVersion;
import io.github.odooconnector.testkit.internal.FakeConfig;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The in-memory database: tables of records, the ORM operations and an undo journal so that every
 * call is atomic. All access goes through {@link #transaction}, which holds one lock (calls are
 * serialized).
 */
public final class Database {
  static final DateTimeFormatter DT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final FakeConfig config;
  private final OdooVersion version;
  private final Map<String, ModelDef> models;
  private final ReentrantLock lock = new ReentrantLock();
  private final Map<String, TreeMap<Long, Map<String, Object>>> tables = new HashMap<>();
  private final Map<String, Long> nextIds = new HashMap<>();
  private final Map<String, Long> sequences = new HashMap<>();
  private final Map<String, Long> xmlIds = new LinkedHashMap<>();
  private final Stock stock = new Stock(this);
  private Deque<Runnable> journal;
  private long uid = FakeConfig.ADMIN_UID;
  private Map<String, Object> context = Map.of();

  public Database(FakeConfig config) {
    this.config = config;
    this.version = config.version();
    this.models = Schema.build(version, config.customFields());
    for (String m : models.keySet()) {
      tables.put(m, new TreeMap<>());
      nextIds.put(m, 1L);
    }
    transaction(
        FakeConfig.ADMIN_UID,
        Map.of(),
        () -> {
          Seed.load(this, config);
          return null;
        });
  }

  // ------------------------------------------------------------------ infrastructure

  public FakeConfig config() {
    return config;
  }

  public OdooVersion version() {
    return version;
  }

  Stock stock() {
    return stock;
  }

  long uid() {
    return uid;
  }

  Map<String, Object> context() {
    return context;
  }

  boolean hasModel(String model) {
    return models.containsKey(model);
  }

  ModelDef model(String model) {
    ModelDef def = models.get(model);
    if (def == null) {
      throw OdooError.userError("Object " + model + " doesn't exist");
    }
    return def;
  }

  /**
   * Runs work atomically as a user: serialized with all other calls, rolled back if it throws.
   *
   * @param asUid the user
   * @param ctx the Odoo context
   * @param work the work
   * @param <T> result type
   * @return the work's result
   */
  public <T> T transaction(long asUid, Map<String, Object> ctx, Supplier<T> work) {
    lock.lock();
    try {
      journal = new ArrayDeque<>();
      uid = asUid;
      context = ctx == null ? Map.of() : ctx;
      try {
        return work.get();
      } catch (RuntimeException | Error e) {
        while (!journal.isEmpty()) {
          journal.pop().run();
        }
        throw e;
      } finally {
        journal = null;
        uid = FakeConfig.ADMIN_UID;
        context = Map.of();
      }
    } finally {
      lock.unlock();
    }
  }

  static String nowString(Database db) {
    return LocalDateTime.now(db.config.clock().withZone(ZoneOffset.UTC)).withNano(0).format(DT);
  }

  static String todayString(Database db) {
    return today(db).toString();
  }

  static LocalDate today(Database db) {
    return LocalDate.now(db.config.clock().withZone(ZoneOffset.UTC));
  }

  String now() {
    return nowString(this);
  }

  // ------------------------------------------------------------------ raw store (journaled)

  Map<String, Object> row(String model, long id) {
    return tables.get(model).get(id);
  }

  boolean exists(String model, long id) {
    return tables.get(model).containsKey(id);
  }

  List<Long> allIds(String model) {
    return new ArrayList<>(tables.get(model).keySet());
  }

  long insertRaw(String model, Map<String, Object> values) {
    long id = nextIds.get(model);
    nextIds.put(model, id + 1);
    Map<String, Object> row = new HashMap<>(values);
    row.put("id", id);
    tables.get(model).put(id, row);
    journal.push(
        () -> {
          tables.get(model).remove(id);
          nextIds.put(model, id);
        });
    return id;
  }

  void setRaw(String model, long id, String field, Object value) {
    Map<String, Object> row = tables.get(model).get(id);
    boolean had = row.containsKey(field);
    Object old = row.put(field, value);
    journal.push(
        () -> {
          if (had) {
            row.put(field, old);
          } else {
            row.remove(field);
          }
        });
  }

  void deleteRaw(String model, long id) {
    Map<String, Object> row = tables.get(model).remove(id);
    if (row != null) {
      journal.push(() -> tables.get(model).put(id, row));
    }
  }

  long nextSequence(String code) {
    long next = sequences.getOrDefault(code, 0L) + 1;
    Long old = sequences.put(code, next);
    journal.push(
        () -> {
          if (old == null) {
            sequences.remove(code);
          } else {
            sequences.put(code, old);
          }
        });
    return next;
  }

  void setXmlId(String xmlId, String model, long id) {
    xmlIds.put(xmlId, id);
    int dot = xmlId.indexOf('.');
    Map<String, Object> data = new HashMap<>();
    data.put("module", xmlId.substring(0, dot));
    data.put("name", xmlId.substring(dot + 1));
    data.put("model", model);
    data.put("res_id", id);
    data.put("create_date", now());
    data.put("write_date", now());
    insertRaw("ir.model.data", data);
  }

  /**
   * A seed record's id.
   *
   * @param xmlId external id
   * @return the id
   */
  public long ref(String xmlId) {
    Long id = xmlIds.get(xmlId);
    if (id == null) {
      throw new FakeOdooException(
          "unknown external id: " + xmlId + " (known: " + xmlIds.keySet() + ")");
    }
    return id;
  }

  Long refOrNull(String xmlId) {
    return xmlIds.get(xmlId);
  }

  /** The model of a seed record's external id (read from ir.model.data). */
  String xmlIdModel(String xmlId) {
    int dot = xmlId.indexOf('.');
    for (Map<String, Object> r : tables.get("ir.model.data").values()) {
      if (xmlId.substring(0, dot).equals(r.get("module"))
          && xmlId.substring(dot + 1).equals(r.get("name"))) {
        return String.valueOf(r.get("model"));
      }
    }
    throw new FakeOdooException("unknown external id: " + xmlId);
  }

  Long companyId() {
    return xmlIds.get("base.main_company");
  }

  // ------------------------------------------------------------------ field values

  /** The internal value of a field: stored, computed or one2many ids. */
  Object get(String model, Map<String, Object> row, String field) {
    ModelDef def = models.get(model);
    FieldDef f = def.field(field);
    if (f == null) {
      return null;
    }
    if ("display_name".equals(field)) {
      return displayName(model, row);
    }
    var compute = def.computes.get(field);
    if (compute != null) {
      return compute.apply(this, row);
    }
    if ("product.product".equals(model) && "product.template".equals(f.ownerModel())) {
      Object tmplId = row.get("product_tmpl_id");
      Map<String, Object> tmpl = tmplId == null ? null : row("product.template", (Long) tmplId);
      return tmpl == null ? null : tmpl.get(field);
    }
    if ("one2many".equals(f.type())) {
      return o2mIds(model, (Long) row.get("id"), f);
    }
    return row.get(field);
  }

  Object get(String model, long id, String field) {
    Map<String, Object> row = row(model, id);
    return row == null ? null : get(model, row, field);
  }

  List<Long> o2mIds(String model, long id, FieldDef f) {
    List<Long> out = new ArrayList<>();
    boolean byModel = "mail.message".equals(f.relation()) || "mail.activity".equals(f.relation());
    for (Map<String, Object> r : tables.get(f.relation()).values()) {
      Object v = r.get(f.inverse());
      if (v instanceof Long l && l == id) {
        if (byModel) {
          Object m =
              "mail.activity".equals(f.relation())
                  ? related(r, "res_model_id", "ir.model", "model")
                  : r.get("model");
          if (!model.equals(m)) {
            continue;
          }
        }
        out.add((Long) r.get("id"));
      }
    }
    return out;
  }

  List<Long> inverseIds(String model, String field, Long id) {
    List<Long> out = new ArrayList<>();
    if (id == null) {
      return out;
    }
    for (Map<String, Object> r : tables.get(model).values()) {
      if (id.equals(r.get(field))) {
        out.add((Long) r.get("id"));
      }
    }
    return out;
  }

  Object related(Map<String, Object> row, String m2o, String comodel, String field) {
    Object id = row.get(m2o);
    if (!(id instanceof Long l)) {
      return null;
    }
    Map<String, Object> target = row(comodel, l);
    return target == null ? null : get(comodel, target, field);
  }

  String displayName(String model, long id) {
    Map<String, Object> row = row(model, id);
    return row == null ? "" : displayName(model, row);
  }

  String displayName(String model, Map<String, Object> row) {
    long id = (Long) row.get("id");
    switch (model) {
      case "product.product":
        {
          Object code = get(model, row, "default_code");
          Object name = get(model, row, "name");
          return (code != null ? "[" + code + "] " : "") + (name == null ? "" : name);
        }
      case "res.partner":
        {
          Object parent = row.get("parent_id");
          String name = str(row.get("name"));
          if (parent instanceof Long p
              && exists(model, p)
              && !Boolean.TRUE.equals(row.get("is_company"))) {
            return displayName(model, p) + ", " + name;
          }
          return name;
        }
      case "stock.location":
        {
          String name = str(row.get("name"));
          Object parent = row.get("location_id");
          if (parent instanceof Long p && exists(model, p)) {
            Map<String, Object> pr = row(model, p);
            if ("view".equals(pr.get("usage"))
                && pr.get("location_id") == null
                && String.valueOf(pr.get("name")).endsWith(" Locations")) {
              return name;
            }
            return displayName(model, p) + "/" + name;
          }
          return name;
        }
      case "product.category":
        {
          String name = str(row.get("name"));
          Object parent = row.get("parent_id");
          return parent instanceof Long p && exists(model, p)
              ? displayName(model, p) + " / " + name
              : name;
        }
      case "stock.picking.type":
        {
          Object wh = row.get("warehouse_id");
          String name = str(row.get("name"));
          return wh instanceof Long w && exists("stock.warehouse", w)
              ? displayName("stock.warehouse", w) + ": " + name
              : name;
        }
      case "stock.quant":
        {
          return displayName("stock.location", (Long) row.get("location_id"))
              + " - "
              + displayName("product.product", (Long) row.get("product_id"));
        }
      case "sale.order.line":
      case "purchase.order.line":
        {
          Object order = row.get("order_id");
          Object product = row.get("product_id");
          return (order instanceof Long o ? displayName(model.replace(".line", ""), o) : "")
              + " - "
              + (product instanceof Long p
                  ? displayName("product.product", p)
                  : str(row.get("name")));
        }
      case "stock.move":
        {
          Object product = row.get("product_id");
          Object ref = get(model, row, "reference");
          return (ref != null ? ref + ": " : "")
              + (product instanceof Long p ? displayName("product.product", p) : "");
        }
      default:
        {
          ModelDef def = models.get(model);
          Object v =
              def.fields.containsKey(def.recName) && !"display_name".equals(def.recName)
                  ? get(model, row, def.recName)
                  : null;
          return v == null ? model + "," + id : String.valueOf(v);
        }
    }
  }

  static String str(Object o) {
    return o == null ? "" : String.valueOf(o);
  }

  /** Converts an internal value to what Odoo's read() returns. */
  Object external(FieldDef f, Object v) {
    switch (f.type()) {
      case "many2one":
        if (v instanceof Long id && exists(f.relation(), id)) {
          return List.of(id, displayName(f.relation(), id));
        }
        return false;
      case "one2many":
      case "many2many":
        return v == null ? List.of() : List.copyOf((Collection<?>) v);
      case "integer":
        return v == null ? 0L : v;
      case "float":
      case "monetary":
        return v == null ? 0.0 : v;
      case "boolean":
        return v != null && (Boolean) v;
      default:
        return v == null ? false : v;
    }
  }

  // ------------------------------------------------------------------ inspection (public API)

  public List<Map<String, Object>> snapshot(String model) {
    if (!hasModel(model)) {
      throw new FakeOdooException("unknown model: " + model);
    }
    return transaction(
        FakeConfig.ADMIN_UID,
        Map.of(),
        () -> {
          List<Map<String, Object>> out = new ArrayList<>();
          for (long id : allIds(model)) {
            out.add(
                Collections.unmodifiableMap(
                    readOne(model, id, new ArrayList<>(models.get(model).fields.keySet()))));
          }
          return List.copyOf(out);
        });
  }

  public Optional<Map<String, Object>> snapshot(String model, long id) {
    if (!hasModel(model)) {
      throw new FakeOdooException("unknown model: " + model);
    }
    return transaction(
        FakeConfig.ADMIN_UID,
        Map.of(),
        () ->
            exists(model, id)
                ? Optional.of(
                    Collections.unmodifiableMap(
                        readOne(model, id, new ArrayList<>(models.get(model).fields.keySet()))))
                : Optional.empty());
  }

  /**
   * Whether a user/password (or API key) pair is valid.
   *
   * @param login login
   * @param password password or API key
   * @return uid or 0
   */
  public long login(String login, String password) {
    if (config.adminLogin().equals(login)
        && (config.adminPassword().equals(password) || config.adminApiKey().equals(password))) {
      return FakeConfig.ADMIN_UID;
    }
    if (config.demoLogin().equals(login)
        && (config.demoPassword().equals(password) || config.demoApiKey().equals(password))) {
      return config.demoUid();
    }
    return 0;
  }

  /**
   * Checks a uid/password pair as execute_kw does.
   *
   * @param checkUid claimed uid
   * @param password password or key
   * @throws OdooError AccessDenied or MissingError (unknown uid)
   */
  public void checkUid(long checkUid, String password) {
    if (checkUid == FakeConfig.ADMIN_UID) {
      if (config.adminPassword().equals(password) || config.adminApiKey().equals(password)) {
        return;
      }
      throw OdooError.accessDenied();
    }
    if (checkUid == config.demoUid()) {
      if (config.demoPassword().equals(password) || config.demoApiKey().equals(password)) {
        return;
      }
      throw OdooError.accessDenied();
    }
    throw OdooError.missingError("res.users", List.of(checkUid), checkUid);
  }

  /**
   * The uid owning an API key.
   *
   * @param key the bearer token
   * @return the uid or 0
   */
  public long uidForApiKey(String key) {
    if (config.adminApiKey().equals(key)) {
      return FakeConfig.ADMIN_UID;
    }
    if (config.demoApiKey().equals(key)) {
      return config.demoUid();
    }
    return 0;
  }

  // ------------------------------------------------------------------ access rights

  void checkAccess(String model, String operation) {
    if (uid == FakeConfig.ADMIN_UID) {
      return;
    }
    ModelDef def = model(model);
    boolean ok =
        switch (def.demoAccess) {
          case FULL -> true;
          case READ -> "read".equals(operation);
          case NONE -> false;
        };
    if ("res.users".equals(model) && !"read".equals(operation)) {
      ok = false;
    }
    if (!ok) {
      String verb =
          switch (operation) {
            case "read" -> "access";
            case "write" -> "modify";
            case "unlink" -> "delete";
            default -> "create";
          };
      String group = def.writeGroup;
      if ("ir.config_parameter".equals(model)) {
        group = version.major() >= 19 ? "Role / Administrator" : "Administration/Settings";
      }
      throw OdooError.accessError(
          "You are not allowed to "
              + verb
              + " '"
              + def.description
              + "' ("
              + model
              + ") records.\n\nThis operation is allowed for the following groups:\n\t- "
              + group
              + "\n\nContact your administrator to request access if necessary.");
    }
  }

  // ------------------------------------------------------------------ ORM: search

  List<Long> search(String model, List<?> domain, long offset, Long limit, String order) {
    checkAccess(model, "read");
    ModelDef def = model(model);
    DomainEval eval = new DomainEval(this, model, domain == null ? List.of() : domain);
    boolean activeTest =
        def.fields.containsKey("active")
            && !Boolean.FALSE.equals(context.get("active_test"))
            && !eval.mentions("active");
    List<Long> out = new ArrayList<>();
    for (Map<String, Object> row : tables.get(model).values()) {
      if (activeTest && Boolean.FALSE.equals(row.get("active"))) {
        continue;
      }
      if (eval.matches(row)) {
        out.add((Long) row.get("id"));
      }
    }
    sort(model, out, order == null || order.isBlank() ? def.order : order);
    int from = (int) Math.min(offset, out.size());
    int to = limit == null ? out.size() : (int) Math.min(out.size(), from + limit);
    return new ArrayList<>(out.subList(from, to));
  }

  private void sort(String model, List<Long> ids, String order) {
    Comparator<Long> cmp = null;
    for (String part : order.split(",")) {
      String[] bits = part.trim().split("\\s+");
      if (bits[0].isEmpty()) {
        continue;
      }
      String field = bits[0];
      boolean desc = bits.length > 1 && bits[1].equalsIgnoreCase("desc");
      FieldDef f = model(model).field(field);
      if (f == null) {
        throw OdooError.builtin(
            "ValueError", "Invalid field '" + field + "' on model '" + model + "'");
      }
      Comparator<Long> c =
          Comparator.comparing(id -> sortKey(model, id, f), Database::compareValues);
      if (desc) {
        c = c.reversed();
      }
      cmp = cmp == null ? c : cmp.thenComparing(c);
    }
    if (cmp != null) {
      ids.sort(cmp.thenComparing(Comparator.naturalOrder()));
    }
  }

  private Object sortKey(String model, long id, FieldDef f) {
    Object v = get(model, id, f.name());
    if (f.many2one() && v instanceof Long l) {
      return displayName(f.relation(), l);
    }
    return v instanceof Collection<?> ? null : v;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compareValues(Object a, Object b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    if (a instanceof Number x && b instanceof Number y) {
      return Double.compare(x.doubleValue(), y.doubleValue());
    }
    if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
      return ca.compareTo(b);
    }
    return String.valueOf(a).compareTo(String.valueOf(b));
  }

  // ------------------------------------------------------------------ ORM: read

  List<Map<String, Object>> read(String model, List<Long> ids, List<String> fields) {
    checkAccess(model, "read");
    ModelDef def = model(model);
    List<String> names =
        fields == null || fields.isEmpty() ? new ArrayList<>(def.fields.keySet()) : fields;
    for (String n : names) {
      if (!def.fields.containsKey(n)) {
        throw OdooError.builtin("ValueError", "Invalid field '" + n + "' on model '" + model + "'");
      }
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(ids)) {
      if (exists(model, id)) {
        out.add(readOne(model, id, names));
      }
    }
    return out;
  }

  Map<String, Object> readOne(String model, long id, List<String> names) {
    ModelDef def = models.get(model);
    Map<String, Object> row = row(model, id);
    Map<String, Object> rec = new LinkedHashMap<>();
    rec.put("id", id);
    for (String n : names) {
      if (!"id".equals(n)) {
        rec.put(n, external(def.field(n), get(model, row, n)));
      }
    }
    return rec;
  }

  // ------------------------------------------------------------------ ORM: create / write / unlink

  List<Long> create(String model, List<Map<String, Object>> valsList) {
    checkAccess(model, "create");
    List<Long> ids = new ArrayList<>();
    for (Map<String, Object> vals : valsList) {
      ids.add(createOne(model, vals));
    }
    return ids;
  }

  long createOne(String model, Map<String, Object> valsIn) {
    ModelDef def = model(model);
    if ("stock.quant".equals(model) && Py.truthy(context.get("inventory_mode"))) {
      Long existing = stock.findQuant(valsIn);
      if (existing != null) {
        Map<String, Object> counted = new LinkedHashMap<>();
        counted.put("inventory_quantity", valsIn.get("inventory_quantity"));
        writeOne(model, existing, counted);
        return existing;
      }
    }
    Map<String, Object> vals = new LinkedHashMap<>(valsIn);
    vals.remove("__no_variant");
    stock.beforeCreate(model, vals);
    for (var d : def.defaults.entrySet()) {
      if (!vals.containsKey(d.getKey())
              && !"product.template".equals(def.field(d.getKey()).ownerModel())
          || !vals.containsKey(d.getKey()) && "product.template".equals(model)) {
        vals.put(d.getKey(), d.getValue().apply(this));
      }
    }
    for (var e : context.entrySet()) {
      if (e.getKey().startsWith("default_")) {
        String f = e.getKey().substring(8);
        if (def.fields.containsKey(f) && !valsIn.containsKey(f)) {
          vals.put(f, e.getValue());
        }
      }
    }
    Map<String, Object> stored = new HashMap<>();
    Map<String, Object> later = new LinkedHashMap<>();
    Map<String, Object> delegated = new LinkedHashMap<>();
    for (var e : vals.entrySet()) {
      FieldDef f = fieldForWrite(def, e.getKey());
      if ("one2many".equals(f.type()) || "many2many".equals(f.type())) {
        later.put(f.name(), e.getValue());
      } else if ("product.product".equals(model) && "product.template".equals(f.ownerModel())) {
        delegated.put(f.name(), e.getValue());
      } else if (def.computes.containsKey(f.name())) {
        stock.inverseCompute(model, f.name(), null, e.getValue(), later);
      } else {
        stored.put(f.name(), convert(model, f, e.getValue()));
      }
    }
    if ("product.product".equals(model) && stored.get("product_tmpl_id") == null) {
      Map<String, Object> tv = new LinkedHashMap<>(delegated);
      tv.put("__no_variant", true);
      stored.put("product_tmpl_id", createOne("product.template", tv));
    } else if ("product.product".equals(model) && !delegated.isEmpty()) {
      writeOne("product.template", (Long) stored.get("product_tmpl_id"), delegated);
    }
    requireFields(def, stored, model);
    if ("res.partner".equals(model)
        && stored.get("name") == null
        && "contact".equals(stored.get("type"))) {
      throw OdooError.validationError("Contacts require a name");
    }
    stored.put("create_date", now());
    stored.put("write_date", now());
    stored.put("create_uid", uid);
    stored.put("write_uid", uid);
    long id = insertRaw(model, stored);
    for (var e : later.entrySet()) {
      writeX2many(model, id, def.field(e.getKey()), e.getValue());
    }
    stock.afterCreate(model, id, valsIn);
    return id;
  }

  private void requireFields(ModelDef def, Map<String, Object> stored, String model) {
    for (FieldDef f : def.fields.values()) {
      if (f.required() && f.stored() && !"product.template".equals(f.ownerModel())
          || f.required() && "product.template".equals(model)) {
        Object v = stored.get(f.name());
        if (v == null && !"one2many".equals(f.type())) {
          throw requiredError(model, f);
        }
      }
    }
  }

  OdooError requiredError(String model, FieldDef f) {
    String owner = f.ownerModel() != null ? f.ownerModel() : model;
    String desc = model(owner).description;
    if (version.major() >= 19) {
      return OdooError.validationError(
          "The operation cannot be completed: Missing required value for the "
              + "field '"
              + f.string()
              + "' ("
              + f.name()
              + ").\nModel: '"
              + desc
              + "' ("
              + owner
              + ")\n"
              + "- create/update: a mandatory field is not set\n"
              + "- delete: another model requires the record being deleted, you can archive it"
              + " instead\n");
    }
    return OdooError.validationError(
        "The operation cannot be completed:\n"
            + "- Create/update: a mandatory field is not set.\n"
            + "- Delete: another model requires the record being deleted. If possible, archive it"
            + " instead.\n\n"
            + "Model: "
            + desc
            + " ("
            + owner
            + ")\nField: "
            + f.string()
            + " ("
            + f.name()
            + ")\n");
  }

  FieldDef fieldForWrite(ModelDef def, String name) {
    FieldDef f = def.field(name);
    if (f == null) {
      throw OdooError.builtin("ValueError", "Invalid field '" + name + "' in '" + def.name + "'");
    }
    return f;
  }

  void write(String model, List<Long> ids, Map<String, Object> vals) {
    checkAccess(model, "write");
    ModelDef def = model(model);
    List<Long> missing = ids.stream().filter(id -> !exists(model, id)).toList();
    if (!missing.isEmpty()) {
      throw OdooError.missingError(model, missing, uid);
    }
    for (String k : vals.keySet()) {
      fieldForWrite(def, k);
    }
    for (long id : ids) {
      writeOne(model, id, vals);
    }
  }

  void writeOne(String model, long id, Map<String, Object> vals) {
    ModelDef def = model(model);
    stock.beforeWrite(model, id, vals);
    Map<String, Object> delegated = new LinkedHashMap<>();
    for (var e : vals.entrySet()) {
      FieldDef f = fieldForWrite(def, e.getKey());
      if ("id".equals(f.name()) || "display_name".equals(f.name())) {
        continue;
      }
      if ("product.product".equals(model) && "product.template".equals(f.ownerModel())) {
        delegated.put(f.name(), e.getValue());
      } else if (f.x2many()) {
        writeX2many(model, id, f, e.getValue());
      } else if (def.computes.containsKey(f.name())) {
        stock.inverseCompute(model, f.name(), id, e.getValue(), null);
      } else {
        Object v = convert(model, f, e.getValue());
        if (f.required() && v == null) {
          throw requiredError(model, f);
        }
        setRaw(model, id, f.name(), v);
      }
    }
    if (!delegated.isEmpty()) {
      writeOne("product.template", (Long) row(model, id).get("product_tmpl_id"), delegated);
    }
    checkRecursion(model, id);
    setRaw(model, id, "write_date", now());
    setRaw(model, id, "write_uid", uid);
    stock.afterWrite(model, id, vals);
  }

  private void checkRecursion(String model, long id) {
    String parentField =
        switch (model) {
          case "res.partner", "product.category" -> "parent_id";
          case "stock.location" -> "location_id";
          default -> null;
        };
    if (parentField == null) {
      return;
    }
    Object cur = row(model, id).get(parentField);
    int guard = 0;
    while (cur instanceof Long p && guard++ < 1000) {
      if (p == id) {
        throw OdooError.validationError(
            "res.partner".equals(model)
                ? "You cannot create recursive Partner hierarchies."
                : "Recursion Detected.");
      }
      Map<String, Object> parent = row(model, p);
      cur = parent == null ? null : parent.get(parentField);
    }
  }

  void unlink(String model, List<Long> ids) {
    checkAccess(model, "unlink");
    model(model);
    for (long id : ids) {
      if (!exists(model, id)) {
        continue;
      }
      stock.beforeUnlink(model, id);
      deleteCascade(model, id);
    }
  }

  private void deleteCascade(String model, long id) {
    ModelDef def = models.get(model);
    for (FieldDef f : def.fields.values()) {
      if ("one2many".equals(f.type())
          && !"mail.message".equals(f.relation())
          && !"mail.activity".equals(f.relation())) {
        for (long child : o2mIds(model, id, f)) {
          FieldDef inv = models.get(f.relation()).field(f.inverse());
          if (inv != null && inv.required()) {
            deleteCascade(f.relation(), child);
          } else if (exists(f.relation(), child)) {
            setRaw(f.relation(), child, f.inverse(), null);
          }
        }
      }
    }
    deleteRaw(model, id);
  }

  // ------------------------------------------------------------------ values and x2many commands

  Object convert(String model, FieldDef f, Object v) {
    if (v == null || Boolean.FALSE.equals(v) && !"boolean".equals(f.type())) {
      return null;
    }
    switch (f.type()) {
      case "many2one":
        {
          if (!(v instanceof Number n)) {
            throw OdooError.builtin(
                "ValueError", "Wrong value for " + model + "." + f.name() + ": " + Py.repr(v));
          }
          long id = n.longValue();
          if (!exists(f.relation(), id)) {
            throw OdooError.missingError(f.relation(), List.of(id), uid);
          }
          return id;
        }
      case "integer":
        if (v instanceof Number n) {
          return n.longValue();
        }
        throw OdooError.builtin(
            "ValueError", "invalid literal for int() with base 10: " + Py.repr(v));
      case "float":
      case "monetary":
        if (v instanceof Number n) {
          // Odoo rounds to the field's digits (monetary: the currency's, 2 for the seeded USD)
          int scale = "monetary".equals(f.type()) ? 2 : f.scale();
          return scale < 0 ? n.doubleValue() : round(n.doubleValue(), scale);
        }
        throw OdooError.builtin("ValueError", "could not convert string to float: " + Py.repr(v));
      case "binary":
        if (v instanceof XmlRpcBinary) {
          // an XML-RPC <base64> parameter reaches Odoo as an xmlrpc.client.Binary object, which
          // binary fields reject (the binary-* captures of 17/18/19)
          if (f.name().startsWith("image_")) {
            throw OdooError.userError("Image is not encoded in base64.");
          }
          throw OdooError.builtin(
              "TypeError", "argument should be a bytes-like object or ASCII string, not 'Binary'");
        }
        return v instanceof String ? v : String.valueOf(v);
      case "html":
        return sanitizeHtml(String.valueOf(v));
      case "boolean":
        return Py.truthy(v);
      case "selection":
        {
          String s = String.valueOf(v);
          if (f.selection().stream().noneMatch(p -> p.get(0).equals(s))) {
            throw OdooError.builtin(
                "ValueError", "Wrong value for " + model + "." + f.name() + ": " + Py.repr(v));
          }
          return s;
        }
      case "date":
        return parseDate(String.valueOf(v)).toString();
      case "datetime":
        return parseDateTime(String.valueOf(v)).format(DT);
      default:
        return v instanceof String ? v : String.valueOf(v);
    }
  }

  /** Half-up rounding to {@code scale} decimals of the decimal value a float shows (12.345). */
  static double round(double d, int scale) {
    return BigDecimal.valueOf(d).setScale(scale, RoundingMode.HALF_UP).doubleValue();
  }

  /**
   * What Odoo's HTML sanitizer does to the values this fake sees: drops the control characters XML
   * forbids and wraps plain text in a paragraph ({@code "bell\u0007x"} becomes {@code
   * "<p>bellx</p>"}, as in the ctrlchars-* captures).
   */
  static String sanitizeHtml(String html) {
    String clean = stripControlCharacters(html);
    if (clean.isBlank() || clean.contains("<")) {
      return clean;
    }
    return "<p>" + clean + "</p>";
  }

  /** Removes U+0000-U+001F except tab, line feed and carriage return. */
  public static String stripControlCharacters(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
      if (control && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      } else if (!control && sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  LocalDate parseDate(String s) {
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw badDate(s);
    }
  }

  LocalDateTime parseDateTime(String s) {
    try {
      String t = s.replace('T', ' ');
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay();
      }
      if (t.endsWith("Z")) {
        t = t.substring(0, t.length() - 1);
      }
      if (t.length() > 19) {
        t = t.substring(0, 19);
      }
      return LocalDateTime.parse(t, DT);
    } catch (DateTimeParseException e) {
      throw badDate(s);
    }
  }

  OdooError badDate(String s) {
    if (version.major() >= 19) {
      return OdooError.builtin(
          "ValueError", "Invalid term " + Py.repr(s) + " in expression date: " + Py.repr(s));
    }
    return OdooError.psycopg(
        "InvalidDatetimeFormat", "invalid input syntax for type timestamp: \"" + s + "\"\n");
  }

  @SuppressWarnings("unchecked")
  void writeX2many(String model, long id, FieldDef f, Object value) {
    if (value == null || Boolean.FALSE.equals(value)) {
      value = List.of(List.of(5));
    }
    if (!(value instanceof List<?> list)) {
      throw OdooError.builtin(
          "ValueError", "Wrong value for " + model + "." + f.name() + ": " + Py.repr(value));
    }
    boolean o2m = "one2many".equals(f.type());
    if (!list.isEmpty() && list.stream().allMatch(x -> x instanceof Number)) {
      list = List.of(List.of(6, 0, list));
    }
    for (Object cmdObj : list) {
      if (!(cmdObj instanceof List<?> cmd) || cmd.isEmpty() || !(cmd.get(0) instanceof Number)) {
        throw OdooError.builtin(
            "ValueError", "Wrong value for " + model + "." + f.name() + ": " + Py.repr(cmdObj));
      }
      int op = ((Number) cmd.get(0)).intValue();
      long target = cmd.size() > 1 && cmd.get(1) instanceof Number n ? n.longValue() : 0;
      switch (op) {
        case 0:
          {
            Map<String, Object> vals =
                new LinkedHashMap<>(
                    cmd.size() > 2 && cmd.get(2) instanceof Map<?, ?>
                        ? (Map<String, Object>) cmd.get(2)
                        : Map.of());
            if (o2m) {
              vals.put(f.inverse(), id);
              if ("mail.message".equals(f.relation())) {
                vals.put("model", model);
              }
              createOne(f.relation(), vals);
            } else {
              long nid = createOne(f.relation(), vals);
              m2mSet(model, id, f, plus(m2mGet(model, id, f), nid));
            }
            break;
          }
        case 1:
          {
            Map<String, Object> vals =
                cmd.size() > 2 && cmd.get(2) instanceof Map<?, ?>
                    ? (Map<String, Object>) cmd.get(2)
                    : Map.of();
            write(f.relation(), List.of(target), vals);
            break;
          }
        case 2:
          if (!exists(f.relation(), target)) {
            throw OdooError.missingError(f.relation(), List.of(target), uid);
          }
          unlink(f.relation(), List.of(target));
          if (!o2m) {
            m2mSet(model, id, f, minus(m2mGet(model, id, f), target));
          }
          break;
        case 3:
          if (o2m) {
            detach(f, target);
          } else {
            m2mSet(model, id, f, minus(m2mGet(model, id, f), target));
          }
          break;
        case 4:
          if (!exists(f.relation(), target)) {
            throw OdooError.missingError(f.relation(), List.of(target), uid);
          }
          if (o2m) {
            setRaw(f.relation(), target, f.inverse(), id);
          } else {
            m2mSet(model, id, f, plus(m2mGet(model, id, f), target));
          }
          break;
        case 5:
          if (o2m) {
            for (long child : o2mIds(model, id, f)) {
              detach(f, child);
            }
          } else {
            m2mSet(model, id, f, List.of());
          }
          break;
        case 6:
          {
            List<Long> ids = new ArrayList<>();
            if (cmd.size() > 2 && cmd.get(2) instanceof List<?> l) {
              for (Object o : l) {
                long t = ((Number) o).longValue();
                if (!exists(f.relation(), t)) {
                  throw OdooError.missingError(f.relation(), List.of(t), uid);
                }
                ids.add(t);
              }
            }
            if (o2m) {
              for (long child : o2mIds(model, id, f)) {
                if (!ids.contains(child)) {
                  detach(f, child);
                }
              }
              for (long t : ids) {
                setRaw(f.relation(), t, f.inverse(), id);
              }
            } else {
              m2mSet(model, id, f, new ArrayList<>(new LinkedHashSet<>(ids)));
            }
            break;
          }
        default:
          throw OdooError.builtin(
              "ValueError", "Unknown command " + op + " for " + model + "." + f.name());
      }
    }
  }

  private void detach(FieldDef o2m, long child) {
    FieldDef inv = models.get(o2m.relation()).field(o2m.inverse());
    if (inv != null && inv.required()) {
      unlink(o2m.relation(), List.of(child));
    } else {
      setRaw(o2m.relation(), child, o2m.inverse(), null);
    }
  }

  @SuppressWarnings("unchecked")
  List<Long> m2mGet(String model, long id, FieldDef f) {
    Object v = row(model, id).get(f.name());
    return v == null ? List.of() : (List<Long>) v;
  }

  void m2mSet(String model, long id, FieldDef f, List<Long> ids) {
    setRaw(model, id, f.name(), List.copyOf(ids));
  }

  private static List<Long> plus(List<Long> ids, long id) {
    List<Long> out = new ArrayList<>(ids);
    if (!out.contains(id)) {
      out.add(id);
    }
    return out;
  }

  private static List<Long> minus(List<Long> ids, long id) {
    List<Long> out = new ArrayList<>(ids);
    out.remove(id);
    return out;
  }

  // ------------------------------------------------------------------ fields_get, name_search,
  // read_group

  Map<String, Object> fieldsGet(String model, List<String> allfields, List<String> attributes) {
    checkAccess(model, "read");
    ModelDef def = model(model);
    Map<String, Object> out = new LinkedHashMap<>();
    for (FieldDef f : def.fields.values()) {
      if (allfields != null && !allfields.isEmpty() && !allfields.contains(f.name())) {
        continue;
      }
      Map<String, Object> all = new LinkedHashMap<>();
      all.put("type", f.type());
      all.put("string", f.string());
      all.put("required", f.required());
      all.put("readonly", f.readonly());
      all.put("store", f.stored() || f.many2one() || "many2many".equals(f.type()));
      all.put("searchable", true);
      all.put("sortable", f.stored());
      if (f.relation() != null) {
        all.put("relation", f.relation());
      }
      if ("one2many".equals(f.type())) {
        all.put("relation_field", f.inverse());
      }
      if ("selection".equals(f.type())) {
        all.put("selection", f.selection());
      }
      if (f.digits() != null) {
        all.put("digits", f.digits().isEmpty() ? (Object) 0L : f.digits());
      }
      all.put("help", false);
      if (attributes != null && !attributes.isEmpty()) {
        all.keySet().retainAll(Set.copyOf(attributes));
      } else {
        all.remove("help");
      }
      out.put(f.name(), all);
    }
    return out;
  }

  List<Object> nameSearch(String model, String name, List<?> domain, String operator, Long limit) {
    List<Object> full = new ArrayList<>();
    full.add("&");
    full.add(List.of("display_name", operator, name == null ? "" : name));
    if (domain == null || domain.isEmpty()) {
      full.remove(0);
    } else {
      full.addAll(domain);
    }
    List<Long> ids = search(model, full, 0, limit == null ? 100L : limit, null);
    List<Object> out = new ArrayList<>();
    for (long id : ids) {
      out.add(List.of(id, displayName(model, id)));
    }
    return out;
  }

  List<Map<String, Object>> readGroup(
      String model,
      List<?> domain,
      List<String> fields,
      List<String> groupby,
      long offset,
      Long limit,
      String orderby,
      boolean lazy) {
    ModelDef def = model(model);
    if (groupby == null || groupby.isEmpty()) {
      throw OdooError.builtin("ValueError", "read_group requires a groupby");
    }
    List<String> groups = lazy ? List.of(groupby.get(0)) : groupby;
    List<Long> ids = search(model, domain, 0, null, null);
    Map<List<Object>, List<Long>> buckets = new LinkedHashMap<>();
    for (long id : ids) {
      List<Object> key = new ArrayList<>();
      for (String g : groups) {
        String fname = g.contains(":") ? g.substring(0, g.indexOf(':')) : g;
        FieldDef f = fieldForWrite(def, fname);
        Object v = get(model, id, fname);
        if (v != null
            && g.contains(":")
            && ("date".equals(f.type()) || "datetime".equals(f.type()))) {
          v = String.valueOf(v).substring(0, 7);
        }
        key.add(v);
      }
      buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (var e : buckets.entrySet()) {
      Map<String, Object> row = new LinkedHashMap<>();
      List<Object> subDomain = new ArrayList<>();
      for (int i = 0; i < groups.size(); i++) {
        String g = groups.get(i);
        String fname = g.contains(":") ? g.substring(0, g.indexOf(':')) : g;
        FieldDef f = def.field(fname);
        Object v = e.getKey().get(i);
        row.put(g, f.many2one() ? external(f, v) : (v == null ? false : v));
        subDomain.add(List.of(fname, "=", v == null ? false : v));
      }
      row.put(lazy ? groups.get(0) + "_count" : "__count", (long) e.getValue().size());
      for (String spec : fields == null ? List.<String>of() : fields) {
        aggregate(model, def, spec, groups, e.getValue(), row);
      }
      row.put("__domain", subDomain);
      out.add(row);
    }
    out.sort(groupOrder(model, def, orderby == null || orderby.isBlank() ? null : orderby, groups));
    int from = (int) Math.min(offset, out.size());
    int to = limit == null ? out.size() : (int) Math.min(out.size(), from + limit);
    return new ArrayList<>(out.subList(from, to));
  }

  /**
   * One aggregate of a group: {@code "id:count"} and {@code "f:count"} count the records (Odoo puts
   * the count under the field name), {@code f:sum|avg|min|max} aggregate a numeric field, a bare
   * numeric field is summed; grouping fields and other fields are left out as Odoo does.
   */
  private void aggregate(
      String model,
      ModelDef def,
      String spec,
      List<String> groups,
      List<Long> ids,
      Map<String, Object> row) {
    int colon = spec.indexOf(':');
    String fname = colon < 0 ? spec : spec.substring(0, colon);
    String agg = colon < 0 ? null : spec.substring(colon + 1);
    FieldDef f = def.field(fname);
    if (f == null || groups.contains(fname) || groups.contains(spec)) {
      return;
    }
    if ("count".equals(agg) || "count_distinct".equals(agg)) {
      Set<Object> distinct = new LinkedHashSet<>();
      long n = 0;
      for (long id : ids) {
        Object v = "id".equals(fname) ? (Object) id : get(model, id, fname);
        if (v != null) {
          n++;
          distinct.add(v);
        }
      }
      row.put(fname, "count".equals(agg) ? n : (long) distinct.size());
      return;
    }
    if (!f.numeric() || "id".equals(fname)) {
      return;
    }
    List<Double> values = new ArrayList<>();
    for (long id : ids) {
      Object v = get(model, id, fname);
      values.add(v instanceof Number n ? n.doubleValue() : 0.0);
    }
    double result =
        switch (agg == null ? "sum" : agg) {
          case "avg" -> values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
          case "min" -> values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
          case "max" -> values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
          default -> values.stream().mapToDouble(Double::doubleValue).sum();
        };
    row.put(fname, "integer".equals(f.type()) ? (Object) (long) result : (Object) result);
  }

  /**
   * Odoo orders groups by {@code orderby}, by default by the grouping fields, ascending: booleans
   * false first, many2one by the related record's name, empty values last (PostgreSQL's {@code
   * NULLS LAST}).
   */
  private Comparator<Map<String, Object>> groupOrder(
      String model, ModelDef def, String orderby, List<String> groups) {
    List<String> parts = new ArrayList<>();
    if (orderby == null) {
      parts.addAll(groups);
    } else {
      for (String p : orderby.split(",")) {
        if (!p.isBlank()) {
          parts.add(p.trim());
        }
      }
    }
    Comparator<Map<String, Object>> cmp = (a, b) -> 0;
    for (String part : parts) {
      String[] bits = part.split("\\s+");
      String key = bits[0];
      boolean desc = bits.length > 1 && bits[1].equalsIgnoreCase("desc");
      Comparator<Map<String, Object>> c =
          (a, b) -> compareGroupValues(groupSortValue(a.get(key)), groupSortValue(b.get(key)));
      cmp = cmp.thenComparing(desc ? c.reversed() : c);
    }
    return cmp;
  }

  private static Object groupSortValue(Object v) {
    if (v instanceof List<?> pair && pair.size() == 2) {
      return String.valueOf(pair.get(1)); // many2one [id, name]: by name
    }
    return v;
  }

  private static int compareGroupValues(Object a, Object b) {
    boolean aEmpty = a == null || Boolean.FALSE.equals(a) && !(b instanceof Boolean);
    boolean bEmpty = b == null || Boolean.FALSE.equals(b) && !(a instanceof Boolean);
    if (aEmpty || bEmpty) {
      return aEmpty == bEmpty ? 0 : aEmpty ? 1 : -1;
    }
    return compareValues(a, b);
  }
}
