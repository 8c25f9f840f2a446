package io.github.odooconnector.edi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.edi.api.EdiDocument;
import io.github.odooconnector.edi.api.EdiTranslator;
import io.github.odooconnector.edi.api.OutboundInterchange;
import io.github.odooconnector.edi.jdbc.JdbcControlNumberSource;
import io.github.odooconnector.edi.memory.InMemoryControlNumberSource;
import io.github.odooconnector.reliability.testing.TestDatabase;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ControlNumberTest {

  @Test
  void twoWritersSharingADurableSourceNeverRepeatAControlNumber() throws Exception {
    JdbcControlNumberSource a = JdbcControlNumberSource.create(TestDatabase.dataSource());
    a.createSchema();
    JdbcControlNumberSource b = JdbcControlNumberSource.create(TestDatabase.newPool(4));
    EdiTranslator writerA = EdiTranslator.builder().controlNumbers(a).build();
    EdiTranslator writerB = EdiTranslator.builder().controlNumbers(b).build();
    EdiDocument asn = EdiDocument.shipNotice(EdiSamples.packedNotice());

    List<OutboundInterchange> written = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> futures = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      EdiTranslator writer = i % 2 == 0 ? writerA : writerB;
      futures.add(pool.submit(() -> written.add(writer.write(EdiSamples.x12Supplier(), asn))));
    }
    for (Future<?> f : futures) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();

    Set<String> interchanges = new HashSet<>();
    Set<String> transactions = new HashSet<>();
    for (OutboundInterchange o : written) {
      interchanges.add(o.controlNumber());
      transactions.addAll(o.transactionControlNumbers());
    }
    assertThat(interchanges).hasSize(40);
    assertThat(transactions).hasSize(40);

    // a restarted writer (new source instance on the same database) continues, never restarts at 1
    EdiTranslator restarted =
        EdiTranslator.builder()
            .controlNumbers(JdbcControlNumberSource.create(TestDatabase.newPool(1)))
            .build();
    String next = restarted.write(EdiSamples.x12Supplier(), asn).controlNumber();
    assertThat(interchanges).doesNotContain(next);
    assertThat(Long.parseLong(next)).isGreaterThan(40 - 1);
  }

  @Test
  void theInMemorySourceCountsEachSequenceOnItsOwn() {
    InMemoryControlNumberSource source = InMemoryControlNumberSource.create();
    assertThat(source.next("a")).isEqualTo(1);
    assertThat(source.next("a")).isEqualTo(2);
    assertThat(source.next("b")).isEqualTo(1);
  }
}
