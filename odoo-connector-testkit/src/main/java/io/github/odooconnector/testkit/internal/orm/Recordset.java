package io.github.odooconnector.testkit.internal.orm;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A method result that is an Odoo recordset (for example {@code action_put_in_pack} on 17/18): over
 * JSON-RPC Odoo answers its {@code repr}, {@code "stock.quant.package(6,)"}; XML-RPC cannot marshal
 * it (a fault).
 */
public record Recordset(String model, List<Long> ids) {

  /** The Python repr Odoo's JSON encoder falls back to. */
  @JsonValue
  public String repr() {
    String inner = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    return model + "(" + inner + (ids.size() == 1 ? "," : "") + ")";
  }
}
