package io.github.odooconnector.maven;

import io.github.odooconnector.codegen.CodegenException;
import io.github.odooconnector.codegen.SchemaSnapshot;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Finds the snapshot files of a directory ({@code odoo-<major>.json}). */
final class Snapshots {

  static final Pattern FILE = Pattern.compile("odoo-\\d+\\.json");

  private Snapshots() {}

  static List<SchemaSnapshot> read(List<File> files, File directory) {
    List<Path> paths = new ArrayList<>();
    if (files != null && !files.isEmpty()) {
      files.forEach(f -> paths.add(f.toPath()));
    } else {
      try (Stream<Path> list = Files.list(directory.toPath())) {
        list.filter(p -> FILE.matcher(p.getFileName().toString()).matches())
            .sorted()
            .forEach(paths::add);
      } catch (IOException e) {
        throw new CodegenException(
            "cannot list snapshots in " + directory + ": " + e.getMessage(), e);
      }
    }
    if (paths.isEmpty()) {
      throw new CodegenException(
          "no schema snapshot (odoo-<major>.json) in "
              + directory
              + ": capture one with the snapshot goal",
          (Throwable) null);
    }
    List<SchemaSnapshot> out = new ArrayList<>();
    for (Path p : paths) {
      out.add(SchemaSnapshot.read(p));
    }
    return out;
  }
}
