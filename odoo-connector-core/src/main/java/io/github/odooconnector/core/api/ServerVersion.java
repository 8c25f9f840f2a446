package io.github.odooconnector.core.api;

import java.util.Objects;

/**
 * The version of the Odoo server a client talks to, as reported by {@code
 * /web/webclient/version_info} or {@code common.version}. Immutable and thread-safe.
 *
 * @param major major version, for example {@code 19}; {@code 0} when unknown
 * @param minor minor version, for example {@code 0}, or {@code 2} for {@code saas~18.2}
 * @param raw the raw {@code server_version} string, for example {@code "19.0+e-20251227"}; empty
 *     when unknown
 */
public record ServerVersion(int major, int minor, String raw) {

  /** The version used before the server has been asked (or when it could not be determined). */
  public static final ServerVersion UNKNOWN = new ServerVersion(0, 0, "");

  /**
   * Validates the components.
   *
   * @param major major version, not negative
   * @param minor minor version, not negative
   * @param raw raw version string, not null
   */
  public ServerVersion {
    Objects.requireNonNull(raw, "raw");
    if (major < 0 || minor < 0) {
      throw new IllegalArgumentException(
          "version numbers must not be negative: " + major + "." + minor);
    }
  }

  /**
   * Parses a {@code server_version} string such as {@code "17.0-20240709"}, {@code
   * "18.0+e-20250520"} or {@code "saas~18.2+e"}.
   *
   * @param raw the version string
   * @return the parsed version; {@link #UNKNOWN} (keeping {@code raw}) when no number could be
   *     found
   */
  public static ServerVersion parse(String raw) {
    Objects.requireNonNull(raw, "raw");
    String s = raw.trim();
    int tilde = s.indexOf('~');
    if (tilde >= 0) {
      s = s.substring(tilde + 1);
    }
    int i = 0;
    while (i < s.length() && Character.isDigit(s.charAt(i))) {
      i++;
    }
    if (i == 0) {
      return new ServerVersion(0, 0, raw);
    }
    int major = Integer.parseInt(s.substring(0, Math.min(i, 4)));
    int minor = 0;
    if (i < s.length() && s.charAt(i) == '.') {
      int j = i + 1;
      while (j < s.length() && Character.isDigit(s.charAt(j))) {
        j++;
      }
      if (j > i + 1) {
        minor = Integer.parseInt(s.substring(i + 1, Math.min(j, i + 5)));
      }
    }
    return new ServerVersion(major, minor, raw);
  }

  /**
   * Tells whether the version is known.
   *
   * @return {@code false} for {@link #UNKNOWN}
   */
  public boolean isKnown() {
    return major > 0;
  }

  /**
   * Tells whether this version is at least {@code major}.
   *
   * @param otherMajor the major version to compare with
   * @return {@code true} if {@link #major()} is greater than or equal to {@code otherMajor}
   */
  public boolean isAtLeast(int otherMajor) {
    return major >= otherMajor;
  }

  @Override
  public String toString() {
    return isKnown() ? (raw.isEmpty() ? major + "." + minor : raw) : "unknown";
  }
}
