package io.github.odooconnector.core.api.schema;

import io.github.odooconnector.core.api.ServerVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of verifying generated models against a live server: every difference, grouped by
 * model, and the server version they were found on. A host decides what to do: log {@link
 * #format()}, inspect {@link #differences()}, or fail fast with {@link #throwIfDrifted()}.
 * Immutable and thread-safe.
 *
 * @param serverVersion the version of the server verified against
 * @param differences every difference, in the order the models were given
 */
public record DriftReport(ServerVersion serverVersion, List<Drift> differences) {

  /**
   * Validates and copies the components.
   *
   * @param serverVersion server version
   * @param differences differences
   */
  public DriftReport {
    Objects.requireNonNull(serverVersion, "serverVersion");
    differences = List.copyOf(Objects.requireNonNull(differences, "differences"));
  }

  /**
   * Tells whether the server matches the generated models.
   *
   * @return {@code true} when there is no difference
   */
  public boolean isClean() {
    return differences.isEmpty();
  }

  /**
   * The differences that may make code built on the models fail or misread data ({@link
   * DriftKind#isBreaking()}).
   *
   * @return the breaking differences
   */
  public List<Drift> breaking() {
    List<Drift> out = new ArrayList<>();
    for (Drift d : differences) {
      if (d.kind().isBreaking()) {
        out.add(d);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The differences per model (the Odoo model name compared).
   *
   * @return model name to its differences, in the order the models were given
   */
  public Map<String, List<Drift>> byModel() {
    Map<String, List<Drift>> out = new LinkedHashMap<>();
    for (Drift d : differences) {
      out.computeIfAbsent(d.model(), m -> new ArrayList<>()).add(d);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(out);
  }

  /**
   * A human-readable report, one line per difference, grouped by model, naming the server version.
   *
   * @return the report
   */
  public String format() {
    StringBuilder b = new StringBuilder();
    Map<String, List<Drift>> grouped = byModel();
    if (grouped.isEmpty()) {
      return "Odoo " + serverVersion + ": the server matches the generated models";
    }
    b.append("Odoo ")
        .append(serverVersion)
        .append(": ")
        .append(differences.size())
        .append(differences.size() == 1 ? " schema difference" : " schema differences")
        .append(" (")
        .append(breaking().size())
        .append(" breaking) in ")
        .append(grouped.size())
        .append(grouped.size() == 1 ? " model" : " models");
    grouped.forEach(
        (model, drifts) -> {
          b.append('\n').append(model).append(" (").append(drifts.get(0).typeName()).append("):");
          for (Drift d : drifts) {
            b.append("\n  ").append(d.kind().isBreaking() ? "! " : "  ").append(d.message());
          }
        });
    return b.toString();
  }

  /**
   * Fails when there is any difference.
   *
   * @throws SchemaDriftException carrying this report, if it is not clean
   */
  public void throwIfDrifted() {
    if (!isClean()) {
      throw new SchemaDriftException(this);
    }
  }

  @Override
  public String toString() {
    return format();
  }
}
