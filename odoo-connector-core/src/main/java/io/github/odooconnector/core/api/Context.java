package io.github.odooconnector.core.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The Odoo context sent with every call ({@code lang}, {@code tz}, {@code allowed_company_ids}, and
 * custom keys such as {@code active_test}). Immutable and thread-safe; build with {@link
 * #builder()}.
 */
public final class Context {

  private static final Context EMPTY = new Context(Map.of());

  private final Map<String, Object> values;

  private Context(Map<String, Object> values) {
    this.values = values;
  }

  /**
   * The empty context.
   *
   * @return a context without keys
   */
  public static Context empty() {
    return EMPTY;
  }

  /**
   * Starts a new context.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder(Map.of());
  }

  /**
   * Starts a builder pre-filled with this context's keys.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    return new Builder(values);
  }

  /**
   * This context overridden by the keys of {@code other}.
   *
   * @param other the context whose keys win
   * @return the merged context
   */
  public Context merge(Context other) {
    Objects.requireNonNull(other, "other");
    if (other.values.isEmpty()) {
      return this;
    }
    if (values.isEmpty()) {
      return other;
    }
    Map<String, Object> m = new LinkedHashMap<>(values);
    m.putAll(other.values);
    return new Context(Collections.unmodifiableMap(m));
  }

  /**
   * The {@code lang} key.
   *
   * @return the language code such as {@code en_US}, if set
   */
  public Optional<String> lang() {
    return Optional.ofNullable(values.get("lang")).map(Object::toString);
  }

  /**
   * The {@code tz} key.
   *
   * @return the time zone such as {@code Europe/Brussels}, if set
   */
  public Optional<String> tz() {
    return Optional.ofNullable(values.get("tz")).map(Object::toString);
  }

  /**
   * Tells whether there are no keys.
   *
   * @return {@code true} when empty
   */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * The keys and values, as sent to Odoo.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> asMap() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Context c && c.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "Context" + values;
  }

  /** Builds a {@link Context}. Not thread-safe; use from one thread. */
  public static final class Builder {

    private final Map<String, Object> values;

    private Builder(Map<String, Object> initial) {
      this.values = new LinkedHashMap<>(initial);
    }

    /**
     * Sets {@code lang}.
     *
     * @param lang an installed language code, for example {@code en_US}
     * @return this builder
     */
    public Builder lang(String lang) {
      return put("lang", Objects.requireNonNull(lang, "lang"));
    }

    /**
     * Sets {@code tz}.
     *
     * @param tz an IANA time zone, for example {@code UTC}
     * @return this builder
     */
    public Builder tz(String tz) {
      return put("tz", Objects.requireNonNull(tz, "tz"));
    }

    /**
     * Sets {@code allowed_company_ids} (multi-company: the first one is the current company).
     *
     * @param companyIds company ids
     * @return this builder
     */
    public Builder allowedCompanyIds(Collection<Long> companyIds) {
      Objects.requireNonNull(companyIds, "companyIds");
      return put("allowed_company_ids", Collections.unmodifiableList(new ArrayList<>(companyIds)));
    }

    /**
     * Sets {@code active_test} (set {@code false} to include archived records).
     *
     * @param activeTest whether to filter archived records
     * @return this builder
     */
    public Builder activeTest(boolean activeTest) {
      return put("active_test", activeTest);
    }

    /**
     * Sets a custom key.
     *
     * @param key the context key
     * @param value the value (same types as field values)
     * @return this builder
     */
    public Builder put(String key, Object value) {
      Objects.requireNonNull(key, "key");
      if (key.isBlank()) {
        throw new IllegalArgumentException("context key must not be blank");
      }
      values.put(key, value);
      return this;
    }

    /**
     * Removes a key.
     *
     * @param key the key
     * @return this builder
     */
    public Builder remove(String key) {
      values.remove(key);
      return this;
    }

    /**
     * Builds the context.
     *
     * @return an immutable context
     */
    public Context build() {
      if (values.isEmpty()) {
        return EMPTY;
      }
      return new Context(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }
  }
}
