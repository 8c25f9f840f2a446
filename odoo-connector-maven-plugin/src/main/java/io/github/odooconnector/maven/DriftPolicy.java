package io.github.odooconnector.maven;

/**
 * What the {@code verify} goal does when the live server differs from the snapshots. Immutable and
 * thread-safe.
 */
public enum DriftPolicy {
  /** Fail the build on any difference. */
  FAIL,
  /**
   * Fail the build on breaking differences (missing fields, changed types, removed selection
   * values, ...); warn about the others (added selection values, fields no longer required).
   */
  FAIL_ON_BREAKING,
  /** Only log the report. */
  WARN
}
