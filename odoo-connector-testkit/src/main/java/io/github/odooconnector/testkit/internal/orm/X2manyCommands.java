package io.github.odooconnector.testkit.internal.orm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** The x2many write commands 0-6 on one2many and many2many fields. */
final class X2manyCommands {
  private final Database db;

  X2manyCommands(Database db) {
    this.db = db;
  }

  @SuppressWarnings("unchecked")
  void writeX2many(String model, long id, FieldDef f, Object value) {
    if (value == null || Boolean.FALSE.equals(value)) {
      value = List.of(List.of(5));
    }
    if (!(value instanceof List<?> list)) {
      throw OdooError.builtin(
          "ValueError", "Wrong value for " + model + "." + f.name() + ": " + Py.repr(value));
    }
    boolean o2m = "one2many".equals(f.type());
    if (!list.isEmpty() && list.stream().allMatch(x -> x instanceof Number)) {
      list = List.of(List.of(6, 0, list));
    }
    for (Object cmdObj : list) {
      if (!(cmdObj instanceof List<?> cmd) || cmd.isEmpty() || !(cmd.get(0) instanceof Number)) {
        throw OdooError.builtin(
            "ValueError", "Wrong value for " + model + "." + f.name() + ": " + Py.repr(cmdObj));
      }
      int op = ((Number) cmd.get(0)).intValue();
      long target = cmd.size() > 1 && cmd.get(1) instanceof Number n ? n.longValue() : 0;
      switch (op) {
        case 0:
          {
            Map<String, Object> vals =
                new LinkedHashMap<>(
                    cmd.size() > 2 && cmd.get(2) instanceof Map<?, ?>
                        ? (Map<String, Object>) cmd.get(2)
                        : Map.of());
            if (o2m) {
              vals.put(f.inverse(), id);
              if ("mail.message".equals(f.relation())) {
                vals.put("model", model);
              }
              db.createOne(f.relation(), vals);
            } else {
              long nid = db.createOne(f.relation(), vals);
              m2mSet(model, id, f, plus(m2mGet(model, id, f), nid));
            }
            break;
          }
        case 1:
          {
            Map<String, Object> vals =
                cmd.size() > 2 && cmd.get(2) instanceof Map<?, ?>
                    ? (Map<String, Object>) cmd.get(2)
                    : Map.of();
            db.write(f.relation(), List.of(target), vals);
            break;
          }
        case 2:
          if (!db.exists(f.relation(), target)) {
            throw OdooError.missingError(f.relation(), List.of(target), db.uid());
          }
          db.unlink(f.relation(), List.of(target));
          if (!o2m) {
            m2mSet(model, id, f, minus(m2mGet(model, id, f), target));
          }
          break;
        case 3:
          if (o2m) {
            detach(f, target);
          } else {
            m2mSet(model, id, f, minus(m2mGet(model, id, f), target));
          }
          break;
        case 4:
          if (!db.exists(f.relation(), target)) {
            throw OdooError.missingError(f.relation(), List.of(target), db.uid());
          }
          if (o2m) {
            db.setRaw(f.relation(), target, f.inverse(), id);
          } else {
            m2mSet(model, id, f, plus(m2mGet(model, id, f), target));
          }
          break;
        case 5:
          if (o2m) {
            for (long child : db.o2mIds(model, id, f)) {
              detach(f, child);
            }
          } else {
            m2mSet(model, id, f, List.of());
          }
          break;
        case 6:
          {
            List<Long> ids = new ArrayList<>();
            if (cmd.size() > 2 && cmd.get(2) instanceof List<?> l) {
              for (Object o : l) {
                long t = ((Number) o).longValue();
                if (!db.exists(f.relation(), t)) {
                  throw OdooError.missingError(f.relation(), List.of(t), db.uid());
                }
                ids.add(t);
              }
            }
            if (o2m) {
              for (long child : db.o2mIds(model, id, f)) {
                if (!ids.contains(child)) {
                  detach(f, child);
                }
              }
              for (long t : ids) {
                db.setRaw(f.relation(), t, f.inverse(), id);
              }
            } else {
              m2mSet(model, id, f, new ArrayList<>(new LinkedHashSet<>(ids)));
            }
            break;
          }
        default:
          throw OdooError.builtin(
              "ValueError", "Unknown command " + op + " for " + model + "." + f.name());
      }
    }
  }

  private void detach(FieldDef o2m, long child) {
    FieldDef inv = db.modelOrNull(o2m.relation()).field(o2m.inverse());
    if (inv != null && inv.required()) {
      db.unlink(o2m.relation(), List.of(child));
    } else {
      db.setRaw(o2m.relation(), child, o2m.inverse(), null);
    }
  }

  @SuppressWarnings("unchecked")
  List<Long> m2mGet(String model, long id, FieldDef f) {
    Object v = db.row(model, id).get(f.name());
    return v == null ? List.of() : (List<Long>) v;
  }

  void m2mSet(String model, long id, FieldDef f, List<Long> ids) {
    db.setRaw(model, id, f.name(), List.copyOf(ids));
  }

  private static List<Long> plus(List<Long> ids, long id) {
    List<Long> out = new ArrayList<>(ids);
    if (!out.contains(id)) {
      out.add(id);
    }
    return out;
  }

  private static List<Long> minus(List<Long> ids, long id) {
    List<Long> out = new ArrayList<>(ids);
    out.remove(id);
    return out;
  }
}
