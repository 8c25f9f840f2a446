package io.github.odooconnector.core.api;

import java.util.List;

/**
 * What Odoo's {@code load} import answered ({@link OdooClient#load}): the ids of the imported
 * records in row order, and Odoo's messages. Odoo imports a call's rows all or nothing: when {@link
 * #imported()} is false no row was written and {@code ids} is empty. Immutable and thread-safe.
 *
 * @param ids record ids, one per row in row order (created or, for rows with a known external or
 *     database id, updated); empty when the import failed
 * @param messages errors, warnings and information, in Odoo's order
 */
public record LoadResult(List<Long> ids, List<LoadMessage> messages) {

  /**
   * Copies the lists.
   *
   * @param ids record ids in row order
   * @param messages Odoo's messages
   * @throws NullPointerException if a list or an element is null
   */
  public LoadResult {
    ids = List.copyOf(ids);
    messages = List.copyOf(messages);
  }

  /**
   * Whether the rows were imported (no error message).
   *
   * @return {@code true} if Odoo wrote the rows
   */
  public boolean imported() {
    return errors().isEmpty();
  }

  /**
   * The error messages (why nothing was imported).
   *
   * @return the errors, empty when the import succeeded
   */
  public List<LoadMessage> errors() {
    return messages.stream().filter(m -> m.kind() == LoadMessage.Kind.ERROR).toList();
  }

  /**
   * For messages and logs; names the outcome and the first errors.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "LoadResult["
        + (imported() ? ids.size() + " rows imported" : "not imported: " + errors())
        + (messages.isEmpty() ? "" : ", " + messages.size() + " messages")
        + "]";
  }
}
