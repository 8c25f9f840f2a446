package io.github.odooconnector.testkit.internal.server;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Web sessions of the fake: session id to uid, 84 base64url characters as on Odoo 18/19. */
public final class WebSessions {

  private final Map<String, Long> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  String open(long uid) {
    byte[] b = new byte[63];
    random.nextBytes(b);
    String id = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    sessions.put(id, uid);
    return id;
  }

  /** The uid of the session named by a Cookie header, or 0. */
  long uid(String cookieHeader) {
    if (cookieHeader == null) {
      return 0;
    }
    for (String part : cookieHeader.split(";")) {
      String p = part.trim();
      if (p.startsWith("session_id=")) {
        Long uid = sessions.get(p.substring("session_id=".length()));
        return uid == null ? 0 : uid;
      }
    }
    return 0;
  }

  void destroy(String cookieHeader) {
    if (cookieHeader != null) {
      for (String part : cookieHeader.split(";")) {
        String p = part.trim();
        if (p.startsWith("session_id=")) {
          sessions.remove(p.substring("session_id=".length()));
        }
      }
    }
  }

  /** Expires every session (what a server restart with a new session store or a timeout does). */
  public void expireAll() {
    sessions.clear();
  }

  /** How many sessions are open. */
  public int count() {
    return sessions.size();
  }
}
