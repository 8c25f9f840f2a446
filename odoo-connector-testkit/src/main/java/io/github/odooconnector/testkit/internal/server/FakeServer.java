package io.github.odooconnector.testkit.internal.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.odooconnector.testkit.FakeOdooException;
import io.github.odooconnector.testkit.internal.CallLog;
import io.github.odooconnector.testkit.internal.FakeConfig;
import io.github.odooconnector.testkit.internal.FaultPlan;
import io.github.odooconnector.testkit.internal.orm.Database;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/** The loopback HTTP server (work in progress: being filled in). */
public final class FakeServer implements AutoCloseable {
    private final HttpServer http;
    private final ExecutorService executor;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final FakeConfig config;

    private FakeServer(HttpServer http, ExecutorService executor, FakeConfig config) {
        this.http = http;
        this.executor = executor;
        this.config = config;
    }

    public static FakeServer start(FakeConfig config, Database db, FaultPlan faults, CallLog log) {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "fake-odoo-http");
                t.setDaemon(true);
                return t;
            });
            http.setExecutor(executor);
            FakeServer server = new FakeServer(http, executor, config);
            http.createContext("/", server::handle);
            http.start();
            return server;
        } catch (IOException e) {
            throw new FakeOdooException("could not start the fake Odoo server on 127.0.0.1", e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = ("{\"jsonrpc\": \"2.0\", \"id\": null, \"result\": {\"server_version\": \""
                    + config.version().serverVersion() + "\"}}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            http.stop(0);
            executor.shutdownNow();
        }
    }
}
