package io.github.odooconnector.core.internal.codec;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable, insertion-ordered map with unique String keys, built by the response decoders for
 * every JSON object and XML-RPC struct. It exists so that a decoded record costs one small object
 * and one value array: the key array and its lookup index are shared by every object of the same
 * shape in a response (all records of a {@code search_read} have the same fields in the same
 * order), and {@link io.github.odooconnector.core.api.OdooRecord#of} adopts it without a copy.
 *
 * <p>Only the decoders in this package can create one (no public constructor, final class), and
 * they hand over arrays nobody else references, so the map is truly immutable: every mutator throws
 * {@link UnsupportedOperationException}. {@code null} values (JSON {@code null}) are allowed;
 * {@code null} keys are not. Thread-safe.
 */
public final class FieldMap extends AbstractMap<String, Object> {

  private static final Object[] NO_VALUES = new Object[0];

  /** The empty map. */
  static final FieldMap EMPTY = new FieldMap(Keys.NONE, NO_VALUES);

  private final Keys keys;
  private final Object[] values;

  private FieldMap(Keys keys, Object[] values) {
    this.keys = keys;
    this.values = values;
  }

  /**
   * Adopts {@code values} (not copied: the caller must not keep it).
   *
   * @param keys the names, unique, same length as {@code values}
   * @param values the values
   */
  static FieldMap adopt(Keys keys, Object[] values) {
    if (values.length == 0) {
      return EMPTY;
    }
    return new FieldMap(keys, values);
  }

  /**
   * An immutable copy of a decoded map with unique keys, for decoders that build a {@code Map}
   * first.
   *
   * @param map the map
   * @return the copy
   */
  static FieldMap copyOf(Map<String, ?> map) {
    if (map.isEmpty()) {
      return EMPTY;
    }
    String[] names = new String[map.size()];
    Object[] values = new Object[names.length];
    int i = 0;
    for (Map.Entry<String, ?> e : map.entrySet()) {
      names[i] = e.getKey();
      values[i++] = e.getValue();
    }
    return new FieldMap(new Keys(names), values);
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public boolean isEmpty() {
    return values.length == 0;
  }

  @Override
  public boolean containsKey(Object key) {
    return keys.indexOf(key) >= 0;
  }

  @Override
  public Object get(Object key) {
    int i = keys.indexOf(key);
    return i < 0 ? null : values[i];
  }

  @Override
  public Object getOrDefault(Object key, Object defaultValue) {
    int i = keys.indexOf(key);
    return i < 0 ? defaultValue : values[i];
  }

  @Override
  public void forEach(BiConsumer<? super String, ? super Object> action) {
    String[] names = keys.names;
    for (int i = 0; i < values.length; i++) {
      action.accept(names[i], values[i]);
    }
  }

  @Override
  public Set<Map.Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          public Map.Entry<String, Object> next() {
            if (next >= values.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(keys.names[i], values[i]);
          }
        };
      }

      @Override
      public int size() {
        return values.length;
      }
    };
  }

  /**
   * The names of one object shape with a lookup index, shared by all objects of that shape.
   * Immutable.
   */
  static final class Keys {

    static final Keys NONE = new Keys(new String[0]);

    /** Up to this many names are searched linearly; more get a hash index. */
    private static final int LINEAR = 8;

    final String[] names;

    /** Open addressing: slot holds index + 1, 0 = empty; null when searched linearly. */
    private final int[] table;

    private final int mask;

    /** A name that occurs twice, or null. */
    private final String duplicate;

    /**
     * @param names unique names, adopted (not copied)
     */
    Keys(String[] names) {
      this.names = names;
      if (names.length <= LINEAR) {
        this.table = null;
        this.mask = 0;
        String dup = null;
        for (int i = 0; i < names.length && dup == null; i++) {
          for (int j = i + 1; j < names.length; j++) {
            if (names[i].equals(names[j])) {
              dup = names[i];
              break;
            }
          }
        }
        this.duplicate = dup;
      } else {
        String dup = null;
        int size = Integer.highestOneBit(names.length * 2 - 1) << 1;
        int[] t = new int[size];
        int m = size - 1;
        for (int i = 0; i < names.length; i++) {
          int slot = spread(names[i].hashCode()) & m;
          while (t[slot] != 0) {
            if (dup == null && names[t[slot] - 1].equals(names[i])) {
              dup = names[i];
            }
            slot = (slot + 1) & m;
          }
          t[slot] = i + 1;
        }
        this.table = t;
        this.mask = m;
        this.duplicate = dup;
      }
    }

    /** Whether a name occurs twice (decoders that allow it must not build a FieldMap). */
    boolean hasDuplicates() {
      return duplicate != null;
    }

    /** The first name that occurs twice, or null. */
    String duplicate() {
      return duplicate;
    }

    int indexOf(Object key) {
      if (!(key instanceof String)) {
        return -1;
      }
      String[] n = names;
      if (table == null) {
        for (int i = 0; i < n.length; i++) {
          if (n[i] == key) {
            return i;
          }
        }
        for (int i = 0; i < n.length; i++) {
          if (n[i].equals(key)) {
            return i;
          }
        }
        return -1;
      }
      int slot = spread(key.hashCode()) & mask;
      while (true) {
        int e = table[slot];
        if (e == 0) {
          return -1;
        }
        String candidate = n[e - 1];
        if (candidate == key || candidate.equals(key)) {
          return e - 1;
        }
        slot = (slot + 1) & mask;
      }
    }

    /** Whether these are exactly {@code count} names of {@code scratch} from {@code from}. */
    boolean sameAs(String[] scratch, int from, int count) {
      if (names.length != count) {
        return false;
      }
      for (int i = 0; i < count; i++) {
        String a = names[i];
        String b = scratch[from + i];
        if (a != b && !a.equals(b)) {
          return false;
        }
      }
      return true;
    }

    static Keys copyOf(String[] scratch, int from, int count) {
      return count == 0 ? NONE : new Keys(Arrays.copyOfRange(scratch, from, from + count));
    }

    private static int spread(int h) {
      return h ^ (h >>> 16);
    }
  }
}
