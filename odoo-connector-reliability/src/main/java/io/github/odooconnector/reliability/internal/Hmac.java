package io.github.odooconnector.reliability.internal;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC computation and constant-time comparison. */
public final class Hmac {

  private Hmac() {}

  /** HMAC of the concatenated parts. */
  public static byte[] compute(String algorithm, byte[] key, byte[]... parts) {
    try {
      Mac mac = Mac.getInstance(algorithm);
      mac.init(new SecretKeySpec(key, algorithm));
      for (byte[] p : parts) {
        mac.update(p);
      }
      return mac.doFinal();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalArgumentException("unsupported MAC algorithm " + algorithm, e);
    } catch (InvalidKeyException e) {
      throw new IllegalArgumentException("secret is not usable as a " + algorithm + " key", e);
    }
  }

  /** Constant-time equality (time depends only on the lengths). */
  public static boolean equal(byte[] expected, byte[] actual) {
    return MessageDigest.isEqual(expected, actual);
  }
}
