package io.github.odooconnector.testkit.internal.server;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Odoo's {@code auth_totp} as the fake plays it: per-login secrets and RFC 6238 codes (HMAC-SHA1,
 * 30 s steps, 6 digits, one step of tolerance either side), checked against the fake's clock.
 */
public final class TwoFactor {

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private final Map<String, byte[]> secrets = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;

  TwoFactor(Clock clock) {
    this.clock = clock;
  }

  /** Turns two-factor authentication on for a login; returns the base32 secret. */
  public String enable(String login) {
    byte[] key = new byte[20];
    random.nextBytes(key);
    secrets.put(login, key);
    return base32(key);
  }

  boolean enabled(String login) {
    return secrets.containsKey(login);
  }

  /** The code an authenticator app shows now for the login. */
  public String currentCode(String login) {
    byte[] key = secrets.get(login);
    if (key == null) {
      throw new IllegalStateException("two-factor authentication is not enabled for " + login);
    }
    return code(key, clock.instant().getEpochSecond() / 30);
  }

  boolean check(String login, String code) {
    byte[] key = secrets.get(login);
    if (key == null || code == null) {
      return false;
    }
    long step = clock.instant().getEpochSecond() / 30;
    for (long s = step - 1; s <= step + 1; s++) {
      if (code(key, s).equals(code)) {
        return true;
      }
    }
    return false;
  }

  static String code(byte[] key, long step) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int o = h[h.length - 1] & 0x0f;
      int bin =
          ((h[o] & 0x7f) << 24)
              | ((h[o + 1] & 0xff) << 16)
              | ((h[o + 2] & 0xff) << 8)
              | (h[o + 3] & 0xff);
      return String.format("%06d", bin % 1_000_000);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static String base32(byte[] data) {
    StringBuilder sb = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : data) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        sb.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      sb.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return sb.toString();
  }
}
