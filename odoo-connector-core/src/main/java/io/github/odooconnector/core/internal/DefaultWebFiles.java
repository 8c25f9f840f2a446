package io.github.odooconnector.core.internal;

import io.github.odooconnector.core.api.Attachments;
import io.github.odooconnector.core.api.OdooAuthenticationException;
import io.github.odooconnector.core.api.OdooException;
import io.github.odooconnector.core.api.OdooMissingRecordException;
import io.github.odooconnector.core.api.OdooServerException;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.Reports;
import io.github.odooconnector.core.internal.transport.HttpResult;
import io.github.odooconnector.core.internal.transport.HttpTransport;
import io.github.odooconnector.core.internal.transport.TransportFailure;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reports and attachments through the web session: streamed downloads of {@code /report/pdf} and
 * {@code /web/content}, streamed base64 uploads through {@code /web/dataset/call_kw}. Thread-safe.
 */
final class DefaultWebFiles implements Reports, Attachments {

  private static final String REPORT_NAME = "[a-z0-9_]+(\\.[a-z0-9_]+)+";

  private final Engine engine;

  DefaultWebFiles(Engine engine) {
    this.engine = engine;
  }

  // --- reports

  @Override
  public long pdf(String reportName, Collection<Long> ids, OutputStream out) {
    Objects.requireNonNull(out, "out");
    String path = reportPath(reportName, ids);
    return stream(
        "report",
        reportName,
        path,
        r -> r.status() == 200 && r.contentType().startsWith("application/pdf"),
        out);
  }

  @Override
  public long pdf(String reportName, Collection<Long> ids, Path target) {
    String path = reportPath(reportName, ids);
    return toFile(
        target,
        out ->
            stream(
                "report",
                reportName,
                path,
                r -> r.status() == 200 && r.contentType().startsWith("application/pdf"),
                out));
  }

  private static String reportPath(String reportName, Collection<Long> ids) {
    Objects.requireNonNull(reportName, "reportName");
    Objects.requireNonNull(ids, "ids");
    if (!reportName.matches(REPORT_NAME)) {
      throw new IllegalArgumentException(
          "reportName must be a technical name like 'stock.report_deliveryslip', got '"
              + reportName
              + "'");
    }
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("ids must name at least one record");
    }
    for (Long id : ids) {
      if (id == null || id <= 0) {
        throw new IllegalArgumentException("record ids must be positive, got " + id);
      }
    }
    return "report/pdf/"
        + reportName
        + "/"
        + ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  // --- attachments

  @Override
  public long download(long attachmentId, OutputStream out) {
    Objects.requireNonNull(out, "out");
    return stream(
        "ir.attachment", "download", contentPath(attachmentId), r -> r.status() == 200, out);
  }

  @Override
  public long download(long attachmentId, Path target) {
    String path = contentPath(attachmentId);
    return toFile(
        target, out -> stream("ir.attachment", "download", path, r -> r.status() == 200, out));
  }

  private static String contentPath(long attachmentId) {
    if (attachmentId <= 0) {
      throw new IllegalArgumentException("attachmentId must be positive, got " + attachmentId);
    }
    return "web/content/" + attachmentId + "?download=true";
  }

  @Override
  public long upload(String name, String resModel, long resId, InputStream content) {
    Objects.requireNonNull(content, "content");
    boolean[] used = new boolean[1];
    return upload(
        name,
        resModel,
        resId,
        () -> {
          if (used[0]) {
            return null; // the stream was consumed by the first attempt: do not repeat
          }
          used[0] = true;
          return content;
        });
  }

  @Override
  public long upload(String name, String resModel, long resId, Path file) {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("not a readable file: " + file);
    }
    return upload(
        name,
        resModel,
        resId,
        () -> {
          try {
            return Files.newInputStream(file);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
          }
        });
  }

  private interface Source {
    InputStream open();
  }

  private long upload(String name, String resModel, long resId, Source source) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(resModel, "resModel");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (!resModel.matches("[a-z0-9_]+(\\.[a-z0-9_]+)*")) {
      throw new IllegalArgumentException("invalid model name '" + resModel + "'");
    }
    if (resId <= 0) {
      throw new IllegalArgumentException("resId must be positive, got " + resId);
    }
    engine.ensureOpen();
    long deadline = System.nanoTime() + engine.config().callTimeout().toNanos();
    return engine.run(
        "ir.attachment",
        "create",
        Protocol.JSONRPC,
        false,
        deadline,
        (site, timeout) -> {
          Duration body = remaining(deadline);
          String cookie = engine.webSession().cookie(site, timeout);
          try {
            return uploadOnce(name, resModel, resId, source, cookie, site, body);
          } catch (OdooAuthenticationException expired) {
            engine.webSession().expire(cookie);
            String fresh = engine.webSession().cookie(site, timeout);
            return uploadOnce(name, resModel, resId, source, fresh, site, body);
          }
        });
  }

  private long uploadOnce(
      String name,
      String resModel,
      long resId,
      Source source,
      String cookie,
      Site site,
      Duration timeout) {
    InputStream content = source.open();
    if (content == null) {
      throw OdooErrors.protocol(
          "the upload's input stream was already consumed; nothing was repeated (upload from a"
              + " Path to let the client repeat it)",
          site,
          null);
    }
    Map<String, Object> vals = new LinkedHashMap<>();
    vals.put("name", name);
    vals.put("res_model", resModel);
    vals.put("res_id", resId);
    String valsJson = new String(engine.json().write(vals), StandardCharsets.UTF_8);
    String prefix =
        "{\"jsonrpc\":\"2.0\",\"method\":\"call\",\"id\":1,\"params\":{\"model\":\"ir.attachment\","
            + "\"method\":\"create\",\"args\":["
            + valsJson.substring(0, valsJson.length() - 1)
            + ",\"datas\":\"";
    String suffix = "\"}],\"kwargs\":{}}}";
    List<InputStream> parts = new ArrayList<>(3);
    parts.add(new ByteArrayInputStream(prefix.getBytes(StandardCharsets.UTF_8)));
    parts.add(new Base64EncodingInputStream(content));
    parts.add(new ByteArrayInputStream(suffix.getBytes(StandardCharsets.UTF_8)));
    URI uri = engine.base().resolve("web/dataset/call_kw/ir.attachment/create");
    HttpResult r =
        engine
            .http()
            .postStream(
                uri,
                "application/json",
                Map.of("Cookie", cookie),
                () -> new SequenceInputStream(Collections.enumeration(parts)),
                timeout);
    Object result = JsonRpcWire.decode(r, site, engine.json());
    if (result instanceof Number n) {
      return n.longValue();
    }
    List<Long> ids = Results.ids(result, site);
    if (ids.size() != 1) {
      throw OdooErrors.protocol(
          "create returned " + ids.size() + " ids for one attachment", site, null);
    }
    return ids.get(0);
  }

  // --- streaming

  private long stream(
      String model, String method, String path, Predicate<HttpResult> accept, OutputStream out) {
    engine.ensureOpen();
    long deadline = System.nanoTime() + engine.config().callTimeout().toNanos();
    Counting counting = new Counting(out);
    URI uri = engine.base().resolve(path);
    return engine.run(
        model,
        method,
        Protocol.JSONRPC,
        true,
        deadline,
        (site, timeout) -> {
          try {
            String cookie = engine.webSession().cookie(site, timeout);
            HttpTransport.Download d =
                engine
                    .http()
                    .download(
                        uri,
                        Map.of("Cookie", cookie),
                        timeout,
                        remaining(deadline),
                        accept,
                        counting);
            if (accept.test(head(d))) {
              return d.bytes();
            }
            if (sessionGone(d)) {
              engine.webSession().expire(cookie);
              String fresh = engine.webSession().cookie(site, timeout);
              d =
                  engine
                      .http()
                      .download(
                          uri,
                          Map.of("Cookie", fresh),
                          timeout,
                          remaining(deadline),
                          accept,
                          counting);
              if (accept.test(head(d))) {
                return d.bytes();
              }
              if (sessionGone(d)) {
                throw new OdooAuthenticationException(
                    "Odoo sent its login page for a fresh web session (HTTP " + d.status() + ")",
                    site.model(),
                    site.method(),
                    site.serverVersion(),
                    null,
                    null);
              }
            }
            throw failure(d, site);
          } catch (TransportFailure | OdooException e) {
            if (counting.count > 0) {
              throw OdooErrors.protocol(
                  "the transfer broke after "
                      + counting.count
                      + " bytes were written; the output is incomplete: "
                      + e.getMessage(),
                  site,
                  e);
            }
            throw e;
          }
        });
  }

  private static HttpResult head(HttpTransport.Download d) {
    return new HttpResult(d.status(), d.headers(), new byte[0]);
  }

  /** A redirect to /web/login or the login page itself: Odoo does not know the session. */
  private static boolean sessionGone(HttpTransport.Download d) {
    if (d.status() == 303 || d.status() == 302) {
      return d.headers().firstValue("Location").orElse("").contains("/web/login");
    }
    return d.status() == 200
        && head(d).contentType().startsWith("text/html")
        && new String(d.errorBody(), StandardCharsets.UTF_8).contains("/web/login");
  }

  private static RuntimeException failure(HttpTransport.Download d, Site site) {
    String body = new String(d.errorBody(), StandardCharsets.UTF_8);
    String snippet = HttpErrors.snippet(new HttpResult(d.status(), d.headers(), d.errorBody()));
    if (d.status() == 429 || d.status() >= 502 && d.status() <= 504) {
      throw new TransportFailure(
          TransportFailure.Kind.HTTP_STATUS,
          "HTTP " + d.status() + " from server",
          d.status(),
          null,
          true,
          null);
    }
    if (d.status() == 404) {
      return new OdooMissingRecordException(
          "Odoo answered 404 for "
              + site.model()
              + " "
              + site.method()
              + ": it does not exist or the user cannot read it",
          site.model(),
          site.method(),
          site.serverVersion(),
          null,
          null);
    }
    if (body.contains("Wkhtmltopdf") || body.contains("wkhtmltopdf")) {
      return new OdooServerException(
          "Odoo cannot render PDF reports: wkhtmltopdf is missing or broken on the server (HTTP "
              + d.status()
              + "): "
              + snippet,
          site.model(),
          site.method(),
          site.serverVersion(),
          null,
          null);
    }
    return new OdooServerException(
        "Odoo answered HTTP " + d.status() + " (" + head(d).contentType() + "): " + snippet,
        site.model(),
        site.method(),
        site.serverVersion(),
        null,
        null);
  }

  private static Duration remaining(long deadline) {
    return Duration.ofNanos(Math.max(1_000_000L, deadline - System.nanoTime()));
  }

  private interface Sink {
    long write(OutputStream out);
  }

  private static long toFile(Path target, Sink sink) {
    Objects.requireNonNull(target, "target");
    Path dir = target.toAbsolutePath().getParent();
    Path tmp;
    try {
      tmp = Files.createTempFile(dir, "." + target.getFileName(), ".part");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file next to " + target, e);
    }
    boolean moved = false;
    try {
      long n;
      try (OutputStream out = Files.newOutputStream(tmp)) {
        n = sink.write(out);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      moved = true;
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // best effort
        }
      }
    }
  }

  /** Counts what reached the caller's stream, to tell a clean failure from a partial output. */
  private static final class Counting extends FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
