package io.github.odooconnector.core.internal.codec;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable list over an array nobody else references, built by the response decoders for every
 * JSON array and XML-RPC array (unlike {@code List.of} it allows {@code null} elements, which JSON
 * arrays may hold). Thread-safe.
 */
final class FrozenList extends AbstractList<Object> implements RandomAccess {

  static final FrozenList EMPTY = new FrozenList(new Object[0]);

  private final Object[] elements;

  private FrozenList(Object[] elements) {
    this.elements = elements;
  }

  /**
   * Adopts {@code elements} (not copied: the caller must not keep it).
   *
   * @param elements the elements
   * @return the list
   */
  static FrozenList adopt(Object[] elements) {
    return elements.length == 0 ? EMPTY : new FrozenList(elements);
  }

  @Override
  public Object get(int index) {
    return elements[index];
  }

  @Override
  public int size() {
    return elements.length;
  }
}
