package io.github.odooconnector.wms.internal;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.FieldInfo;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.SearchOptions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Odoo's {@code stock.lot} records as the WMS workflows need them: found or created per product and
 * company with the dates the WMS reported, and read back with their expiration dates for the
 * reconciliation.
 *
 * <p>The date fields belong to the module {@code product_expiry}: {@code expiration_date} (the
 * expiry date), {@code use_date} (best before) and {@code removal_date} (FEFO). They are written
 * only where {@code fields_get} shows them; without the module lots are created with their name
 * only and the WMS's dates stay in the canonical messages. Dates are written as 00:00:00 UTC of the
 * day. The production date has no Odoo field and is not written.
 *
 * <p>On 17 {@code stock.lot.company_id} is required; on 18/19 a lot without company is shared by
 * all companies, so such a lot is found as well. An existing lot keeps its dates; only dates Odoo
 * does not have yet are filled in. Two workers creating the same lot at once end up with the one
 * Odoo accepted first. Thread-safe.
 */
final class StockLots {

  static final String LOT = "stock.lot";
  static final String EXPIRATION = "expiration_date";
  static final String USE = "use_date";
  static final String REMOVAL = "removal_date";
  private static final DateTimeFormatter ODOO_DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  /**
   * The dates of a lot as the WMS reports them; each may be null.
   *
   * @param expiry the expiry date ({@code expiration_date})
   * @param bestBefore the best-before date ({@code use_date})
   * @param production the production date (no Odoo field)
   */
  record LotDates(LocalDate expiry, LocalDate bestBefore, LocalDate production) {
    static final LotDates NONE = new LotDates(null, null, null);

    boolean isEmpty() {
      return expiry == null && bestBefore == null && production == null;
    }

    /** These dates, completed by {@code other}'s where these have none. */
    LotDates orElse(LotDates other) {
      return new LotDates(
          expiry != null ? expiry : other.expiry,
          bestBefore != null ? bestBefore : other.bestBefore,
          production != null ? production : other.production);
    }
  }

  private final OdooClient odoo;
  private volatile Map<String, FieldInfo> fields;

  StockLots(OdooClient odoo) {
    this.odoo = odoo;
  }

  private Map<String, FieldInfo> fields() {
    Map<String, FieldInfo> f = fields;
    if (f == null) {
      f = odoo.fieldsGet(LOT);
      fields = f;
    }
    return f;
  }

  /** Whether this database has the lot dates of {@code product_expiry}. */
  boolean hasExpiryDates() {
    return fields().containsKey(EXPIRATION);
  }

  /**
   * The id of the lot {@code name} of a product in a company (or shared by all companies), created
   * with {@code dates} when there is none; the dates Odoo does not have yet are written to an
   * existing one.
   *
   * @param companyId the company of the picking, or null to let Odoo choose the user's company
   */
  long findOrCreate(long productId, Long companyId, String name, LotDates dates) {
    Optional<OdooRecord> existing = find(productId, companyId, name);
    Map<String, Object> dateValues = dateValues(dates);
    if (existing.isPresent()) {
      OdooRecord lot = existing.get();
      Map<String, Object> missing = new LinkedHashMap<>();
      dateValues.forEach(
          (field, value) -> {
            if (lot.datetime(field).isEmpty()) {
              missing.put(field, value);
            }
          });
      if (!missing.isEmpty()) {
        odoo.write(LOT, List.of(lot.id()), missing);
      }
      return lot.id();
    }
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("name", name);
    values.put("product_id", productId);
    if (companyId != null) {
      values.put("company_id", companyId);
    }
    values.putAll(dateValues);
    try {
      return odoo.create(LOT, values);
    } catch (OdooException e) {
      // Another worker created the same lot in between (Odoo's unique name per product and
      // company refuses the second): use that one.
      if (e.isRetryable()) {
        throw e;
      }
      return find(productId, companyId, name).map(OdooRecord::id).orElseThrow(() -> e);
    }
  }

  private Optional<OdooRecord> find(long productId, Long companyId, String name) {
    Domain domain = Domain.where("name", "=", name).and(Domain.where("product_id", "=", productId));
    if (companyId != null) {
      domain =
          domain.and(
              Domain.where("company_id", "=", companyId)
                  .or(Domain.where("company_id", "=", false)));
    }
    List<String> read = new ArrayList<>(List.of("name"));
    dateFields().forEach(read::add);
    List<OdooRecord> found =
        odoo.searchRead(LOT, domain, read, SearchOptions.limit(1).withOrder("id"));
    return found.stream().findFirst();
  }

  private List<String> dateFields() {
    return List.of(EXPIRATION, USE).stream().filter(fields()::containsKey).toList();
  }

  private Map<String, Object> dateValues(LotDates dates) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (dates.expiry() != null && fields().containsKey(EXPIRATION)) {
      values.put(EXPIRATION, odooDatetime(dates.expiry()));
    }
    if (dates.bestBefore() != null && fields().containsKey(USE)) {
      values.put(USE, odooDatetime(dates.bestBefore()));
    }
    return values;
  }

  static String odooDatetime(LocalDate date) {
    return ODOO_DATETIME.format(date.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /**
   * The expiration date of each of the lots, by lot id; lots without one (or a database without
   * {@code product_expiry}) are absent.
   */
  Map<Long, Instant> expirationDates(Collection<Long> lotIds) {
    Map<Long, Instant> result = new HashMap<>();
    if (lotIds.isEmpty() || !hasExpiryDates()) {
      return result;
    }
    for (OdooRecord lot : odoo.read(LOT, List.copyOf(lotIds), List.of(EXPIRATION))) {
      lot.datetime(EXPIRATION).ifPresent(d -> result.put(lot.id(), d));
    }
    return result;
  }
}
