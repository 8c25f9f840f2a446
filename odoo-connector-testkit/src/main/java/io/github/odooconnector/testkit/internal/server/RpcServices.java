package io.github.odooconnector.testkit.internal.server;

import io.github.odooconnector.testkit.RecordedCall;
import io.github.odooconnector.testkit.WireProtocol;
import io.github.odooconnector.testkit.internal.CallLog;
import io.github.odooconnector.testkit.internal.FakeConfig;
import io.github.odooconnector.testkit.internal.FaultPlan;
import io.github.odooconnector.testkit.internal.orm.Database;
import io.github.odooconnector.testkit.internal.orm.OdooError;
import io.github.odooconnector.testkit.internal.orm.Rpc;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The RPC services shared by XML-RPC and JSON-RPC ({@code common}, {@code db}, {@code object}) and
 * what every model call goes through on any protocol: recording in the call log and the fault
 * injection plan.
 */
final class RpcServices {
  private final FakeConfig config;
  private final Database db;
  private final Rpc rpc;
  private final FaultPlan faults;
  private final CallLog log;

  RpcServices(FakeConfig config, Database db, Rpc rpc, FaultPlan faults, CallLog log) {
    this.config = config;
    this.db = db;
    this.rpc = rpc;
    this.faults = faults;
    this.log = log;
  }

  /** Signals that the connection must be closed without any response. */
  static final class DropConnection extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DropConnection() {
      super(null, null, false, false);
    }
  }

  Map<String, Object> versionMap() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("server_version", config.serverVersion());
    v.put(
        "server_version_info",
        List.of((long) config.version().major(), (long) config.seriesMinor(), 0L, "final", 0L, ""));
    v.put("server_serie", config.serverSerie());
    v.put("protocol_version", 1L);
    return v;
  }

  // ------------------------------------------------------------------ object calls: recording and
  // faults

  Object objectCall(
      WireProtocol protocol, String model, String method, long uid, Supplier<Object> exec) {
    log.add(new RecordedCall(protocol, "object", model, method, uid, Instant.now(config.clock())));
    Optional<FaultPlan.Fault> fault = faults.consume(model, method);
    if (fault.isPresent()) {
      switch (fault.get().kind()) {
        case TRANSPORT:
          throw new DropConnection();
        case DELAY:
          try {
            Thread.sleep(fault.get().delay().toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DropConnection();
          }
          break;
        case SERIALIZATION_FAILURE:
          throw OdooError.serializationFailure();
        case DROP_RESPONSE:
          exec.get();
          throw new DropConnection();
        default:
          break;
      }
    }
    return exec.get();
  }

  private void logService(WireProtocol protocol, String service, String method) {
    log.add(new RecordedCall(protocol, service, "", method, 0, Instant.now(config.clock())));
  }

  // ------------------------------------------------------------------ services shared by XML-RPC
  // and JSON-RPC

  Object dispatch(WireProtocol protocol, String service, String method, List<Object> args) {
    switch (service) {
      case "common":
        logService(protocol, service, method);
        switch (method) {
          case "version":
            return versionMap();
          case "authenticate":
          case "login":
            {
              String dbName = arg(args, 0);
              if (!config.database().equals(dbName)) {
                throw OdooError.unknownDatabase(dbName);
              }
              long uid = db.login(arg(args, 1), arg(args, 2));
              return uid == 0 ? (Object) false : (Object) uid;
            }
          default:
            throw OdooError.builtin("Exception", "Method not found: " + method);
        }
      case "db":
        logService(protocol, service, method);
        switch (method) {
          case "list":
            return List.of(config.database());
          case "server_version":
            return config.serverVersion();
          default:
            throw OdooError.builtin("Exception", "Method not found: " + method);
        }
      case "object":
        {
          if (!"execute_kw".equals(method) && !"execute".equals(method)) {
            logService(protocol, service, method);
            throw OdooError.builtin("NameError", "Method not available " + method);
          }
          if (args.size() < 5) {
            logService(protocol, service, method);
            throw OdooError.builtin(
                "TypeError", "execute_kw() missing required positional arguments");
          }
          String dbName = String.valueOf(args.get(0));
          long uid = args.get(1) instanceof Number n ? n.longValue() : 0;
          String password = String.valueOf(args.get(2));
          String model = String.valueOf(args.get(3));
          String m = String.valueOf(args.get(4));
          return objectCall(
              protocol,
              model,
              m,
              uid,
              () -> {
                if (!config.database().equals(dbName)) {
                  throw OdooError.unknownDatabase(dbName);
                }
                db.checkUid(uid, password);
                List<?> callArgs;
                Map<String, Object> kwargs;
                if ("execute".equals(method)
                    || args.size() > 5 && !(args.get(5) instanceof List<?>)) {
                  // execute(), or a legacy client passing the arguments flat
                  callArgs = args.subList(5, args.size());
                  kwargs = Map.of();
                } else {
                  callArgs = args.size() > 5 && args.get(5) instanceof List<?> l ? l : List.of();
                  kwargs =
                      args.size() > 6 && args.get(6) instanceof Map<?, ?> mp
                          ? stringMap(mp)
                          : Map.of();
                }
                return rpc.executeKw(uid, model, m, callArgs, kwargs);
              });
        }
      default:
        throw OdooError.builtin("KeyError", "'" + service + "'");
    }
  }

  private static String arg(List<Object> args, int i) {
    return i < args.size() && args.get(i) != null ? String.valueOf(args.get(i)) : "";
  }

  private static Map<String, Object> stringMap(Map<?, ?> m) {
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}
