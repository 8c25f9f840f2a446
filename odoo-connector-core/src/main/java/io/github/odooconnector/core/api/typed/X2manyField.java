package io.github.odooconnector.core.api.typed;

import io.github.odooconnector.core.api.Command;
import io.github.odooconnector.core.api.OdooRecord;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A one2many or many2many field of a generated model; values decode to the list of related ids.
 * Writing a list of ids replaces the relation ({@link Command#set}); {@link Values#commands} sends
 * explicit commands. Immutable and thread-safe.
 *
 * @param <R> the generated record type owning the field
 */
public final class X2manyField<R> extends Field<R, List<Long>> {

  private X2manyField(Class<R> owner, String javaName, FieldSpec[] specs) {
    super(owner, javaName, specs, Set.of("one2many", "many2many"));
  }

  /**
   * Declares a one2many or many2many field (used by generated code).
   *
   * @param <R> the owner type
   * @param owner the generated record type
   * @param javaName the Java name, for example {@code orderLine}
   * @param specs one spec per distinct shape across Odoo versions
   * @return the field
   */
  public static <R> X2manyField<R> of(Class<R> owner, String javaName, FieldSpec... specs) {
    return new X2manyField<>(owner, javaName, specs);
  }

  /**
   * The relation contains the record ({@code [field, "in", [id]]}).
   *
   * @param id a related record id
   * @return the condition
   */
  public Condition<R> contains(long id) {
    return Condition.leaf(this, "in", List.of(Many2oneField.positive(id)));
  }

  /**
   * The relation contains any of the records ({@code [field, "in", ids]}).
   *
   * @param ids related record ids
   * @return the condition
   */
  public Condition<R> containsAny(Collection<Long> ids) {
    return Condition.leaf(this, "in", Many2oneField.ids(ids));
  }

  @Override
  List<Long> decode(OdooRecord record, String wireName) {
    return record.ids(wireName);
  }

  @Override
  Object encode(List<Long> value) {
    return List.of(Command.set(Many2oneField.ids(value)));
  }

  @Override
  Object clearValue() {
    return List.of(Command.clear());
  }
}
