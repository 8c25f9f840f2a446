package io.github.odooconnector.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link ModelGenerator#generate} produced: the source files and the warnings (fields that
 * exist only on some versions, ...). Immutable and thread-safe.
 *
 * @param files the generated files, sorted by path
 * @param warnings things worth a look that did not stop generation
 */
public record GenerationResult(List<GeneratedFile> files, List<String> warnings) {

  /**
   * Validates and copies the components.
   *
   * @param files files
   * @param warnings warnings
   */
  public GenerationResult {
    files = List.copyOf(Objects.requireNonNull(files, "files"));
    warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
  }

  /**
   * Writes the files under a source root, leaving files whose content did not change untouched (so
   * incremental builds do not recompile them).
   *
   * @param sourceRoot the root, for example {@code target/generated-sources/odoo}
   * @return how many files were written
   * @throws CodegenException if a file cannot be written
   */
  public int writeTo(Path sourceRoot) {
    Objects.requireNonNull(sourceRoot, "sourceRoot");
    int written = 0;
    for (GeneratedFile f : files) {
      Path target = sourceRoot.resolve(f.path());
      try {
        if (Files.isRegularFile(target)
            && Files.readString(target, StandardCharsets.UTF_8).equals(f.content())) {
          continue;
        }
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.content(), StandardCharsets.UTF_8);
        written++;
      } catch (IOException e) {
        throw new CodegenException("cannot write " + target + ": " + e.getMessage(), e);
      }
    }
    return written;
  }
}
