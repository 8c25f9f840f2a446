package io.github.odooconnector.core.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.Protocol;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** One client shared by many threads authenticates once and keeps every answer with its caller. */
@Isolated("timing assertions: never run next to the parallel fixture replays")
class ConcurrencyTest {

  @Test
  void manyThreadsShareOneClientAuthenticateOnceAndGetTheirOwnAnswers() throws Exception {
    AtomicInteger authentications = new AtomicInteger();
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              String body = request.getBody().utf8();
              String result;
              if (body.contains("\"authenticate\"")) {
                authentications.incrementAndGet();
                result = "2";
              } else {
                // echo the limit back as the count, so each caller can check it got its own answer
                Matcher m = Pattern.compile("\"x_marker\",\\s*\"=\",\\s*(\\d+)").matcher(body);
                result = m.find() ? m.group(1) : "-1";
              }
              return new MockResponse.Builder()
                  .setHeader("Content-Type", "application/json")
                  .body("{\"jsonrpc\": \"2.0\", \"id\": 1, \"result\": " + result + "}")
                  .build();
            }
          });
      server.start();
      ExecutorService pool = Executors.newFixedThreadPool(16);
      try (OdooClient client =
          OdooClient.builder()
              .url(server.url("/").toString())
              .database("lab")
              .login("admin")
              .password("admin")
              .protocol(Protocol.JSONRPC)
              .requestTimeout(Duration.ofSeconds(5))
              .build()) {
        List<Future<Long>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          long expected = 1000 + i;
          answers.add(
              pool.submit(
                  () ->
                      client.searchCount("res.partner", Domain.where("x_marker", "=", expected))));
        }
        for (int i = 0; i < answers.size(); i++) {
          assertThat(answers.get(i).get()).isEqualTo(1000L + i);
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(authentications.get()).isEqualTo(1);
    }
  }
}
