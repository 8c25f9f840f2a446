package io.github.odooconnector.kafka.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Client properties a user adds (security, tuning), checked against the ones the SDK fixes because
 * a guarantee depends on them.
 */
public final class ClientProperties {

  private final String owner;
  private final Map<String, String> fixed;
  private final Map<String, Object> extra = new LinkedHashMap<>();

  /**
   * Creates an empty set.
   *
   * @param owner the component, for error messages
   * @param fixed properties the SDK sets, with the reason each is fixed
   */
  public ClientProperties(String owner, Map<String, String> fixed) {
    this.owner = owner;
    this.fixed = Map.copyOf(fixed);
  }

  /**
   * Adds a property.
   *
   * @param key a Kafka client property
   * @param value its value
   * @throws IllegalArgumentException if the SDK fixes the property
   */
  public void put(String key, Object value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value of " + key);
    String why = fixed.get(key);
    if (why != null) {
      throw new IllegalArgumentException(
          key + " cannot be set on " + owner + ": it is fixed because " + why);
    }
    extra.put(key, value);
  }

  /**
   * The value a user set, if any.
   *
   * @param key the property
   * @return the value or {@code null}
   */
  public Object get(String key) {
    return extra.get(key);
  }

  /**
   * The keys a user set.
   *
   * @return the keys
   */
  public Set<String> keys() {
    return Collections.unmodifiableSet(extra.keySet());
  }

  /**
   * The user's properties merged over {@code defaults}, then {@code enforced} over both.
   *
   * @param defaults SDK defaults a user may override
   * @param enforced values no user setting replaces
   * @return a new mutable map
   */
  public Map<String, Object> merge(Map<String, Object> defaults, Map<String, Object> enforced) {
    Map<String, Object> all = new LinkedHashMap<>(defaults);
    all.putAll(extra);
    all.putAll(enforced);
    return all;
  }
}
