package io.github.odooconnector.codegen;

import java.util.Objects;

/**
 * One generated source file. Immutable and thread-safe.
 *
 * @param path the path relative to the source root, for example {@code com/acme/SaleOrder.java}
 * @param content the Java source
 */
public record GeneratedFile(String path, String content) {

  /**
   * Validates the components.
   *
   * @param path relative path
   * @param content source text
   */
  public GeneratedFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
  }
}
