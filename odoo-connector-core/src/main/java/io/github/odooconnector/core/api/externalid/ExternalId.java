package io.github.odooconnector.core.api.externalid;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Odoo external id ({@code ir.model.data}), {@code module.name}, for example {@code
 * stock.warehouse0}. Immutable and thread-safe.
 *
 * @param module the module (namespace) part, before the first dot
 * @param name the name part, after the first dot
 */
public record ExternalId(String module, String name) {

  private static final Pattern MODULE = Pattern.compile("\\w+");

  /**
   * Validates the components.
   *
   * @param module letters, digits and underscores
   * @param name not blank, no whitespace
   */
  public ExternalId {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(name, "name");
    if (!MODULE.matcher(module).matches()) {
      throw new IllegalArgumentException(
          "external id module must be letters, digits and underscores: '" + module + "'");
    }
    if (name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "external id name must be non-blank without whitespace: '" + name + "'");
    }
  }

  /**
   * Parses {@code module.name} (split at the first dot, as Odoo does).
   *
   * @param xmlId the external id
   * @return the parsed id
   * @throws IllegalArgumentException if there is no dot or a part is invalid
   */
  public static ExternalId parse(String xmlId) {
    Objects.requireNonNull(xmlId, "xmlId");
    int dot = xmlId.indexOf('.');
    if (dot <= 0 || dot == xmlId.length() - 1) {
      throw new IllegalArgumentException(
          "external id must look like module.name, got '" + xmlId + "'");
    }
    return new ExternalId(xmlId.substring(0, dot), xmlId.substring(dot + 1));
  }

  @Override
  public String toString() {
    return module + "." + name;
  }
}
