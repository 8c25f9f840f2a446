package io.github.odooconnector.testkit.internal.orm;

import io.github.odooconnector.testkit.FakeOdooException;
import io.github.odooconnector.testkit.OdooVersion;
import io.github.odooconnector.testkit.internal.FakeConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The in-memory database: tables of records, the ORM operations and an undo journal so that every
 * call is atomic. All access goes through {@link #transaction}, which holds one lock (calls are
 * serialized).
 *
 * <p>This class is the entry point the RPC layer, the seed data, the schema's computed fields and
 * {@link Stock} call; the work is done along its seams by {@link RecordTables} (raw rows, ids,
 * external ids, undo journal), {@link FieldValues} and {@link DisplayNames} (what a field holds),
 * {@link AccessRules} (credentials and rights), {@link Queries} (search, read, fields_get,
 * name_search), {@link RecordWriter} (create, write, unlink), {@link FieldConversion} (client
 * values to stored values), {@link X2manyCommands} and {@link GroupedReads} (read_group).
 */
public final class Database {
  static final DateTimeFormatter DT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  static final DateTimeFormatter DT_MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

  private final FakeConfig config;

  private final OdooVersion version;

  private final Map<String, ModelDef> models;

  private final ReentrantLock lock = new ReentrantLock();

  private final Stock stock = new Stock(this);
  private final RecordTables recordTables;
  private final FieldValues fieldValues = new FieldValues(this);
  private final DisplayNames displayNames = new DisplayNames(this);
  private final AccessRules accessRules = new AccessRules(this);
  private final Queries queries = new Queries(this);
  private final RecordWriter recordWriter = new RecordWriter(this);
  private final FieldConversion fieldConversion = new FieldConversion(this);
  private final X2manyCommands x2manyCommands = new X2manyCommands(this);
  private final GroupedReads groupedReads = new GroupedReads(this);

  private long uid = FakeConfig.ADMIN_UID;

  private Map<String, Object> context = Map.of();

  /** While a backdated write runs: the instant its transaction "started" (under the lock). */
  private Instant transactionStart;

  public Database(FakeConfig config) {
    this.config = config;
    this.version = config.version();
    this.models = Schema.build(version, config.customFields());
    if (!config.productExpiry()) {
      StockSchema.withoutProductExpiry(models);
    }
    this.recordTables = new RecordTables(this, models.keySet());
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

  /** The rows of a model by id. */
  TreeMap<Long, Map<String, Object>> table(String model) {
    return recordTables.table(model);
  }

  /** A model's definition, or null when the fake has no such model. */
  ModelDef modelOrNull(String model) {
    return models.get(model);
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
      recordTables.begin();
      uid = asUid;
      context = ctx == null ? Map.of() : ctx;
      try {
        CompanyRules.checkContext(this);
        return work.get();
      } catch (RuntimeException | Error e) {
        recordTables.rollback();
        throw e;
      } finally {
        recordTables.end();
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
    if (transactionStart != null) {
      return LocalDateTime.ofInstant(transactionStart, ZoneOffset.UTC).withNano(0).format(DT);
    }
    return nowString(this);
  }

  /**
   * The value stored in {@code write_date}: microsecond precision like PostgreSQL's {@code
   * timestamp} column, while reads answer whole seconds (see {@link FieldValues#external}).
   */
  String writeStamp() {
    Instant at = transactionStart != null ? transactionStart : Instant.now(config.clock());
    return LocalDateTime.ofInstant(at, ZoneOffset.UTC).format(DT_MICROS);
  }

  /**
   * Writes values as a transaction that started at {@code startedAt} and commits now: Odoo stamps
   * {@code write_date} with the transaction's start time, so a long transaction makes a change
   * visible "in the past", after later changes were already read.
   *
   * @param model model
   * @param id record id
   * @param vals values
   * @param startedAt when the transaction started
   */
  public void writeAsOf(String model, long id, Map<String, Object> vals, Instant startedAt) {
    transaction(
        FakeConfig.ADMIN_UID,
        Map.of(),
        () -> {
          transactionStart = startedAt;
          try {
            write(model, List.of(id), vals);
          } finally {
            transactionStart = null;
          }
          return null;
        });
  }

  Map<String, Object> row(String model, long id) {
    return recordTables.row(model, id);
  }

  boolean exists(String model, long id) {
    return recordTables.exists(model, id);
  }

  List<Long> allIds(String model) {
    return recordTables.allIds(model);
  }

  long insertRaw(String model, Map<String, Object> values) {
    return recordTables.insertRaw(model, values);
  }

  void setRaw(String model, long id, String field, Object value) {
    recordTables.setRaw(model, id, field, value);
  }

  void deleteRaw(String model, long id) {
    recordTables.deleteRaw(model, id);
  }

  long nextSequence(String code) {
    return recordTables.nextSequence(code);
  }

  int savepoint() {
    return recordTables.savepoint();
  }

  void rollbackTo(int savepoint) {
    recordTables.rollbackTo(savepoint);
  }

  void setXmlId(String xmlId, String model, long id) {
    recordTables.setXmlId(xmlId, model, id);
  }

  public long ref(String xmlId) {
    return recordTables.ref(xmlId);
  }

  Long refOrNull(String xmlId) {
    return recordTables.refOrNull(xmlId);
  }

  String xmlIdModel(String xmlId) {
    return recordTables.xmlIdModel(xmlId);
  }

  Long companyId() {
    return recordTables.refOrNull("base.main_company");
  }

  Object get(String model, Map<String, Object> row, String field) {
    return fieldValues.get(model, row, field);
  }

  Object get(String model, long id, String field) {
    return fieldValues.get(model, id, field);
  }

  List<Long> o2mIds(String model, long id, FieldDef f) {
    return fieldValues.o2mIds(model, id, f);
  }

  List<Long> inverseIds(String model, String field, Long id) {
    return fieldValues.inverseIds(model, field, id);
  }

  Object related(Map<String, Object> row, String m2o, String comodel, String field) {
    return fieldValues.related(row, m2o, comodel, field);
  }

  String displayName(String model, long id) {
    return displayNames.displayName(model, id);
  }

  String displayName(String model, Map<String, Object> row) {
    return displayNames.displayName(model, row);
  }

  static String str(Object o) {
    return FieldValues.str(o);
  }

  Object external(FieldDef f, Object v) {
    return fieldValues.external(f, v);
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
          for (long id : recordTables.allIds(model)) {
            out.add(
                Collections.unmodifiableMap(
                    queries.readOne(
                        model, id, new ArrayList<>(models.get(model).fields.keySet()))));
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
            recordTables.exists(model, id)
                ? Optional.of(
                    Collections.unmodifiableMap(
                        queries.readOne(
                            model, id, new ArrayList<>(models.get(model).fields.keySet()))))
                : Optional.empty());
  }

  public long login(String login, String password) {
    return accessRules.login(login, password);
  }

  public void checkUid(long checkUid, String password) {
    accessRules.checkUid(checkUid, password);
  }

  public String createApiKey(long forUid, Instant expiresAt) {
    return accessRules.createApiKey(forUid, expiresAt);
  }

  public void revokeApiKey(String key) {
    accessRules.revokeApiKey(key);
  }

  public long uidForApiKey(String key) {
    return accessRules.uidForApiKey(key);
  }

  void checkAccess(String model, String operation) {
    accessRules.checkAccess(model, operation);
  }

  List<Long> search(String model, List<?> domain, long offset, Long limit, String order) {
    return queries.search(model, domain, offset, limit, order);
  }

  static int compareValues(Object a, Object b) {
    return Queries.compareValues(a, b);
  }

  List<Map<String, Object>> read(String model, List<Long> ids, List<String> fields) {
    return queries.read(model, ids, fields);
  }

  Map<String, Object> readOne(String model, long id, List<String> names) {
    return queries.readOne(model, id, names);
  }

  List<Long> create(String model, List<Map<String, Object>> valsList) {
    return recordWriter.create(model, valsList);
  }

  long createOne(String model, Map<String, Object> valsIn) {
    return recordWriter.createOne(model, valsIn);
  }

  OdooError requiredError(String model, FieldDef f) {
    return recordWriter.requiredError(model, f);
  }

  FieldDef fieldForWrite(ModelDef def, String name) {
    return recordWriter.fieldForWrite(def, name);
  }

  void write(String model, List<Long> ids, Map<String, Object> vals) {
    recordWriter.write(model, ids, vals);
  }

  void writeOne(String model, long id, Map<String, Object> vals) {
    recordWriter.writeOne(model, id, vals);
  }

  void unlink(String model, List<Long> ids) {
    recordWriter.unlink(model, ids);
  }

  Object convert(String model, FieldDef f, Object v) {
    return fieldConversion.convert(model, f, v);
  }

  static double round(double d, int scale) {
    return FieldConversion.round(d, scale);
  }

  static String sanitizeHtml(String html) {
    return FieldConversion.sanitizeHtml(html);
  }

  public static String stripControlCharacters(String s) {
    return FieldConversion.stripControlCharacters(s);
  }

  LocalDate parseDate(String s) {
    return fieldConversion.parseDate(s);
  }

  LocalDateTime parseDateTime(String s) {
    return fieldConversion.parseDateTime(s);
  }

  OdooError badDate(String s) {
    return fieldConversion.badDate(s);
  }

  void writeX2many(String model, long id, FieldDef f, Object value) {
    x2manyCommands.writeX2many(model, id, f, value);
  }

  List<Long> m2mGet(String model, long id, FieldDef f) {
    return x2manyCommands.m2mGet(model, id, f);
  }

  void m2mSet(String model, long id, FieldDef f, List<Long> ids) {
    x2manyCommands.m2mSet(model, id, f, ids);
  }

  Map<String, Object> fieldsGet(String model, List<String> allfields, List<String> attributes) {
    return queries.fieldsGet(model, allfields, attributes);
  }

  List<Object> nameSearch(String model, String name, List<?> domain, String operator, Long limit) {
    return queries.nameSearch(model, name, domain, operator, limit);
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
    return groupedReads.readGroup(model, domain, fields, groupby, offset, limit, orderby, lazy);
  }

  List<Map<String, Object>> formattedReadGroup(
      String model,
      List<?> domain,
      List<String> groupby,
      List<String> aggregates,
      long offset,
      Long limit,
      String order) {
    return groupedReads.formattedReadGroup(
        model, domain, groupby, aggregates, offset, limit, order);
  }
}
