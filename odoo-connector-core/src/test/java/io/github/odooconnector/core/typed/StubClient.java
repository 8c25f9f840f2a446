package io.github.odooconnector.core.typed;

import io.github.odooconnector.core.api.ApiKeys;
import io.github.odooconnector.core.api.Attachments;
import io.github.odooconnector.core.api.CallOptions;
import io.github.odooconnector.core.api.Context;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.FieldInfo;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooRecord;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.Reports;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.core.api.ServerVersion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An {@link OdooClient} posing as a server of any version (FakeOdoo poses as 17, 18 and 19 only):
 * it records every model call and answers none of them.
 */
final class StubClient implements OdooClient {

  final List<String> calls = new ArrayList<>();
  private final ServerVersion version;

  StubClient(String version) {
    this.version = ServerVersion.parse(version);
  }

  private <T> T call(String model, String method) {
    calls.add(model + "." + method);
    throw new AssertionError("unexpected call " + model + "." + method);
  }

  @Override
  public long create(String model, Map<String, ?> values) {
    return call(model, "create");
  }

  @Override
  public List<Long> create(String model, List<? extends Map<String, ?>> valuesList) {
    return call(model, "create");
  }

  @Override
  public List<Long> search(String model, Domain domain) {
    return call(model, "search");
  }

  @Override
  public List<Long> search(String model, Domain domain, SearchOptions options) {
    return call(model, "search");
  }

  @Override
  public List<OdooRecord> searchRead(
      String model, Domain domain, List<String> fields, SearchOptions options) {
    return call(model, "search_read");
  }

  @Override
  public Stream<OdooRecord> streamSearchRead(
      String model, Domain domain, List<String> fields, int pageSize) {
    return call(model, "search_read");
  }

  @Override
  public List<OdooRecord> read(String model, Collection<Long> ids, List<String> fields) {
    return call(model, "read");
  }

  @Override
  public long searchCount(String model, Domain domain) {
    return call(model, "search_count");
  }

  @Override
  public boolean write(String model, Collection<Long> ids, Map<String, ?> values) {
    return call(model, "write");
  }

  @Override
  public boolean unlink(String model, Collection<Long> ids) {
    return call(model, "unlink");
  }

  @Override
  public Map<String, FieldInfo> fieldsGet(String model) {
    return call(model, "fields_get");
  }

  @Override
  public List<Many2one> nameSearch(String model, String name, Domain domain, int limit) {
    return call(model, "name_search");
  }

  @Override
  public List<Map<String, Object>> readGroup(
      String model,
      Domain domain,
      List<String> fields,
      List<String> groupBy,
      SearchOptions options) {
    return call(model, "read_group");
  }

  @Override
  public Object call(String model, String method, List<?> args, Map<String, ?> kwargs) {
    return call(model, method);
  }

  @Override
  public Object call(
      String model, String method, List<?> args, Map<String, ?> kwargs, CallOptions options) {
    return call(model, method);
  }

  @Override
  public OdooClient withContext(Context context) {
    return this;
  }

  @Override
  public Context context() {
    return Context.empty();
  }

  @Override
  public ServerVersion serverVersion() {
    return version;
  }

  @Override
  public Protocol protocol() {
    return Protocol.JSONRPC;
  }

  @Override
  public void close() {}

  /** Workflows under test print no reports and move no files. */
  @Override
  public Reports reports() {
    throw new UnsupportedOperationException("this test fake has no web session");
  }

  @Override
  public Attachments attachments() {
    throw new UnsupportedOperationException("this test fake has no web session");
  }

  @Override
  public ApiKeys apiKeys() {
    throw new UnsupportedOperationException("this test fake has no web session");
  }
}
