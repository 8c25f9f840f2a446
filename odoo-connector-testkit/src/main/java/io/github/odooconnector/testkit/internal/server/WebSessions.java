package io.github.odooconnector.testkit.internal.server;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Web sessions of the fake: session id to uid, 84 base64url characters as on Odoo 18/19. */
public final class WebSessions {

  private final Map<String, Long> sessions = new ConcurrentHashMap<>();
  private final Map<String, Long> pending = new ConcurrentHashMap<>();
  private final Map<String, String> csrf = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  String open(long uid) {
    String id = newId();
    sessions.put(id, uid);
    return id;
  }

  /** A session that passed the password but still waits for the second factor (Odoo's pre_uid). */
  String openPending(long uid) {
    String id = newId();
    pending.put(id, uid);
    return id;
  }

  /** The pre_uid of a session waiting for its second factor, or 0. */
  long pendingUid(String cookieHeader) {
    String id = sid(cookieHeader);
    Long uid = id == null ? null : pending.get(id);
    return uid == null ? 0 : uid;
  }

  /** The CSRF token of the session's forms (made on first use). */
  String csrfToken(String cookieHeader) {
    String id = sid(cookieHeader);
    return id == null ? "" : csrf.computeIfAbsent(id, k -> newId().substring(0, 40));
  }

  /** Odoo's session.finalize(): the pending session becomes a logged-in one under a new id. */
  String finalizePending(String cookieHeader) {
    String id = sid(cookieHeader);
    Long uid = id == null ? null : pending.remove(id);
    if (uid == null) {
      return null;
    }
    csrf.remove(id);
    return open(uid);
  }

  private String newId() {
    byte[] b = new byte[63];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  static String sid(String cookieHeader) {
    if (cookieHeader == null) {
      return null;
    }
    for (String part : cookieHeader.split(";")) {
      String p = part.trim();
      if (p.startsWith("session_id=")) {
        return p.substring("session_id=".length());
      }
    }
    return null;
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
    pending.clear();
    csrf.clear();
  }

  /** How many sessions are open. */
  public int count() {
    return sessions.size();
  }
}
