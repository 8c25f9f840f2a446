package io.github.odooconnector.testkit.internal.orm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Evaluates an Odoo domain (prefix notation) against rows of one model. */
final class DomainEval {
  private static final Set<String> OPERATORS =
      Set.of(
          "=",
          "!=",
          "<>",
          "<",
          "<=",
          ">",
          ">=",
          "in",
          "not in",
          "like",
          "ilike",
          "not like",
          "not ilike",
          "=like",
          "=ilike",
          "child_of",
          "parent_of",
          "=?");

  private final Database db;
  private final String model;
  private final Predicate<Map<String, Object>> predicate;
  private final List<String> mentioned = new ArrayList<>();

  DomainEval(Database db, String model, List<?> domain) {
    this.db = db;
    this.model = model;
    this.predicate = compile(domain);
  }

  boolean matches(Map<String, Object> row) {
    return predicate.test(row);
  }

  boolean mentions(String field) {
    return mentioned.contains(field);
  }

  private Predicate<Map<String, Object>> compile(List<?> domain) {
    Deque<Predicate<Map<String, Object>>> stack = new ArrayDeque<>();
    for (int i = domain.size() - 1; i >= 0; i--) {
      Object item = domain.get(i);
      if ("&".equals(item) || "|".equals(item)) {
        Predicate<Map<String, Object>> a = pop(stack, item);
        Predicate<Map<String, Object>> b = pop(stack, item);
        stack.push("&".equals(item) ? a.and(b) : a.or(b));
      } else if ("!".equals(item)) {
        stack.push(pop(stack, item).negate());
      } else if (item instanceof List<?> leaf
          && leaf.size() == 3
          && leaf.get(0) instanceof String) {
        stack.push(leaf(leaf));
      } else if (item instanceof List<?> leaf
          && leaf.size() == 3
          && leaf.get(0) instanceof Number n) {
        boolean t = n.intValue() == 1;
        stack.push(r -> t);
      } else {
        throw OdooError.builtin("ValueError", "Invalid leaf " + Py.repr(item));
      }
    }
    Predicate<Map<String, Object>> result = r -> true;
    while (!stack.isEmpty()) {
      result = result.and(stack.pop());
    }
    return result;
  }

  private static Predicate<Map<String, Object>> pop(
      Deque<Predicate<Map<String, Object>>> stack, Object op) {
    if (stack.isEmpty()) {
      throw OdooError.builtin(
          "ValueError", "Domain " + Py.repr(op) + " operator is missing an operand");
    }
    return stack.pop();
  }

  private Predicate<Map<String, Object>> leaf(List<?> leaf) {
    String path = (String) leaf.get(0);
    String op = String.valueOf(leaf.get(1)).toLowerCase(Locale.ROOT);
    Object value = leaf.get(2);
    if (!OPERATORS.contains(op)) {
      throw OdooError.builtin(
          "ValueError",
          "Invalid operator " + Py.repr(leaf.get(1)) + " in domain term " + Py.tuple(leaf));
    }
    String[] parts = path.split("\\.");
    mentioned.add(parts[0]);
    // validate the path
    String m = model;
    List<FieldDef> chain = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      FieldDef f = db.model(m).field(parts[i]);
      if (f == null) {
        String word = db.version().major() >= 19 ? "condition" : "leaf";
        throw OdooError.builtin(
            "ValueError",
            "Invalid field " + m + "." + parts[i] + " in " + word + " " + Py.tuple(leaf));
      }
      chain.add(f);
      if (i < parts.length - 1) {
        if (f.relation() == null) {
          throw OdooError.builtin(
              "ValueError",
              "Invalid field " + m + "." + parts[i + 1] + " in leaf " + Py.tuple(leaf));
        }
        m = f.relation();
      }
    }
    FieldDef last = chain.get(chain.size() - 1);
    if (("date".equals(last.type()) || "datetime".equals(last.type()))
        && value instanceof String s
        && !op.contains("like")) {
      value =
          "date".equals(last.type())
              ? db.parseDate(s).toString()
              : db.parseDateTime(s).format(Database.DT);
    }
    Object v = value;
    return row -> {
      List<Object> values = resolve(model, List.of(row), chain, 0);
      if (values.isEmpty()) {
        values = new ArrayList<>();
        values.add(null);
      }
      if ("!=".equals(op)
          || "<>".equals(op)
          || "not in".equals(op)
          || "not like".equals(op)
          || "not ilike".equals(op)) {
        String positive =
            switch (op) {
              case "!=", "<>" -> "=";
              case "not in" -> "in";
              case "not like" -> "like";
              default -> "ilike";
            };
        for (Object x : values) {
          if (test(last, x, positive, v)) {
            return false;
          }
        }
        return true;
      }
      for (Object x : values) {
        if (test(last, x, op, v)) {
          return true;
        }
      }
      return false;
    };
  }

  /** Follows a dotted path; x2many fields fan out. */
  private List<Object> resolve(
      String m, List<Map<String, Object>> rows, List<FieldDef> chain, int index) {
    FieldDef f = chain.get(index);
    List<Object> out = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      Object v = db.get(m, row, f.name());
      if (index == chain.size() - 1) {
        if (f.x2many()) {
          Collection<?> c = v == null ? List.of() : (Collection<?>) v;
          if (c.isEmpty()) {
            out.add(null);
          } else {
            out.addAll(c);
          }
        } else {
          out.add(v);
        }
      } else {
        List<Map<String, Object>> next = new ArrayList<>();
        Collection<?> ids = v instanceof Collection<?> c ? c : v == null ? List.of() : List.of(v);
        for (Object id : ids) {
          Map<String, Object> r = db.row(f.relation(), (Long) id);
          if (r != null) {
            next.add(r);
          }
        }
        out.addAll(resolve(f.relation(), next, chain, index + 1));
      }
    }
    return out;
  }

  private boolean test(FieldDef f, Object actual, String op, Object expected) {
    if ("datetime".equals(f.type())
        && actual instanceof String s
        && s.length() > 19
        && db.version().major() >= 19) {
      // Odoo 19 compares datetimes in whole seconds (17/18 compare the stored microseconds)
      actual = s.substring(0, 19);
    }
    if (f.relational() && expected instanceof String s && !"child_of".equals(op)) {
      // name-based comparison on relational fields, like Odoo's _name_search
      String name = actual instanceof Long id ? db.displayName(f.relation(), id) : null;
      if ("=".equals(op)) {
        return s.equals(name);
      }
      return name != null && like(name, s, op);
    }
    switch (op) {
      case "=":
      case "=?":
        if ("=?".equals(op) && (expected == null || Boolean.FALSE.equals(expected))) {
          return true;
        }
        return eq(f, actual, expected);
      case "in":
        {
          Collection<?> c = expected instanceof Collection<?> col ? col : List.of(expected);
          for (Object e : c) {
            if (eq(f, actual, e)) {
              return true;
            }
          }
          return false;
        }
      case "<":
      case "<=":
      case ">":
      case ">=":
        {
          if (actual == null || expected == null || Boolean.FALSE.equals(expected)) {
            return false;
          }
          int c = Database.compareValues(actual, expected);
          return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
          };
        }
      case "like":
      case "ilike":
      case "=like":
      case "=ilike":
        if (expected == null || Boolean.FALSE.equals(expected)) {
          return actual == null;
        }
        return actual != null && like(String.valueOf(actual), String.valueOf(expected), op);
      case "child_of":
        return childOf(f, actual, expected);
      case "parent_of":
        return childOf(f, expected, actual);
      default:
        return false;
    }
  }

  private boolean eq(FieldDef f, Object actual, Object expected) {
    if (expected == null || Boolean.FALSE.equals(expected) && !"boolean".equals(f.type())) {
      return actual == null || "boolean".equals(f.type()) && Boolean.FALSE.equals(actual);
    }
    if ("boolean".equals(f.type())) {
      return Py.truthy(actual) == Py.truthy(expected);
    }
    if (actual == null) {
      return false;
    }
    if (actual instanceof Number a && expected instanceof Number e) {
      return a.doubleValue() == e.doubleValue();
    }
    return String.valueOf(actual).equals(String.valueOf(expected));
  }

  private static boolean like(String actual, String pattern, String op) {
    boolean ci = op.contains("ilike");
    boolean raw = op.startsWith("=");
    String a = ci ? actual.toLowerCase(Locale.ROOT) : actual;
    String p = ci ? pattern.toLowerCase(Locale.ROOT) : pattern;
    if (!raw) {
      return toRegex("%" + p + "%").matcher(a).matches();
    }
    return toRegex(p).matcher(a).matches();
  }

  private static Pattern toRegex(String sqlLike) {
    StringBuilder sb = new StringBuilder();
    for (char c : sqlLike.toCharArray()) {
      if (c == '%') {
        sb.append(".*");
      } else if (c == '_') {
        sb.append('.');
      } else {
        sb.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(sb.toString(), Pattern.DOTALL);
  }

  private boolean childOf(FieldDef f, Object actual, Object expected) {
    if (!(actual instanceof Long id)) {
      return false;
    }
    String comodel = f.relation() != null ? f.relation() : model;
    String parentField = "stock.location".equals(comodel) ? "location_id" : "parent_id";
    Collection<?> roots = expected instanceof Collection<?> c ? c : List.of(expected);
    Long cur = id;
    int guard = 0;
    while (cur != null && guard++ < 100) {
      for (Object r : roots) {
        if (r instanceof Number n && n.longValue() == cur) {
          return true;
        }
      }
      Map<String, Object> row = db.row(comodel, cur);
      cur = row == null ? null : (Long) row.get(parentField);
    }
    return false;
  }
}
