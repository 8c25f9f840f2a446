package io.github.odooconnector.benchmarks.internal;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds realistic contacts into a (fake) Odoo through the public client, in batches of one {@code
 * create}.
 */
final class Partners {

  /** Fields every benchmark reads: a typical customer-sync projection. */
  static final List<String> FIELDS =
      List.of(
          "name",
          "ref",
          "email",
          "phone",
          "street",
          "zip",
          "city",
          "is_company",
          "credit_limit",
          "type");

  private static final String[] CITIES = {
    "Rotterdam", "Hamburg", "Lyon", "Milano", "Poznan", "Gent", "Aarhus"
  };
  private static final int BATCH = 1000;

  private Partners() {}

  /**
   * Creates {@code count} contacts and returns the domain matching exactly them.
   *
   * @param client an administrator client
   * @param count how many
   * @return the created contacts' id range
   */
  static IdRange seed(OdooClient client, int count) {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (int done = 0; done < count; ) {
      int n = Math.min(BATCH, count - done);
      List<Map<String, Object>> vals = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        vals.add(partner(done + i));
      }
      Object created = client.call("res.partner", "create", List.of(vals), Map.of());
      for (Object id : (List<?>) created) {
        long v = ((Number) id).longValue();
        first = Math.min(first, v);
        last = Math.max(last, v);
      }
      done += n;
    }
    IdRange range = new IdRange(first, last);
    long found = client.searchCount("res.partner", range.domain());
    if (found != count) {
      throw new IllegalStateException(
          "seeded " + count + " contacts but the id range holds " + found);
    }
    return range;
  }

  /** Ids {@code first..last} inclusive. */
  record IdRange(long first, long last) {
    Domain domain() {
      return Domain.where("id", ">=", first).and(Domain.where("id", "<=", last));
    }
  }

  private static Map<String, Object> partner(int i) {
    Map<String, Object> m = new LinkedHashMap<>();
    boolean company = i % 5 == 0;
    m.put("name", company ? "Distributor " + i + " B.V." : "Contact " + i + " Jansen-Müller");
    m.put("ref", "C" + (100000 + i));
    m.put("email", "contact" + i + "@example.com");
    m.put("phone", "+31 10 " + (1000000 + i));
    m.put("street", i + " Havenstraat");
    m.put("zip", Integer.toString(3000 + i % 900));
    m.put("city", CITIES[i % CITIES.length]);
    m.put("is_company", company);
    m.put("credit_limit", BigDecimal.valueOf(1000L + i % 50 * 250));
    return m;
  }
}
