package io.github.odooconnector.it.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.odooconnector.common.RetrySettings;
import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.escalation.api.Escalation;
import io.github.odooconnector.escalation.api.Escalations;
import io.github.odooconnector.escalation.api.Incident;
import io.github.odooconnector.escalation.api.IncidentKind;
import io.github.odooconnector.testkit.FakeOdoo;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent retries of one incident create one activity: the escalation searches, then creates,
 * and two callers that both searched before either created used to create two.
 */
class EscalationRaceIT {

  private FakeOdoo odoo;
  private OdooClient client;
  private long order;
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @BeforeEach
  void start() {
    odoo = FakeOdoo.builder().start();
    client =
        OdooClient.builder()
            .url(odoo.url())
            .database(odoo.database())
            .login(odoo.adminLogin())
            .password(odoo.adminPassword())
            .retry(RetrySettings.none())
            .build();
    long customer = client.create("res.partner", Map.of("name", "Acme Retail"));
    order = client.create("sale.order", Map.of("partner_id", customer));
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
    client.close();
    odoo.close();
  }

  /**
   * A client that holds every activity create until a second caller reaches its create too (or two
   * seconds passed): both callers have searched by then, the interleaving that duplicated.
   */
  private static OdooClient meetingBeforeCreate(OdooClient delegate, CyclicBarrier barrier) {
    return (OdooClient)
        Proxy.newProxyInstance(
            OdooClient.class.getClassLoader(),
            new Class<?>[] {OdooClient.class},
            (proxy, method, args) -> {
              if (method.getName().equals("create")
                  && args != null
                  && "mail.activity".equals(args[0])) {
                try {
                  barrier.await(2, TimeUnit.SECONDS);
                } catch (TimeoutException | BrokenBarrierException e) {
                  // the other caller did not come: it is waiting for this one to finish
                }
              }
              try {
                return method.invoke(delegate, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  private Incident shortPick() {
    return new Incident(
        IncidentKind.SHORT_PICK, "sale.order", order, "wms-event-77", "Short pick", "1 of 3");
  }

  private long activityCount() {
    return client.searchCount("mail.activity", Domain.where("res_id", "=", order));
  }

  private List<Escalation> raceTwice(Escalations first, Escalations second) throws Exception {
    Future<Escalation> a = pool.submit(() -> first.escalate(shortPick()));
    Future<Escalation> b = pool.submit(() -> second.escalate(shortPick()));
    return List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
  }

  @Test
  void concurrentRetriesOfOneIncidentInOneProcessCreateOneActivity() throws Exception {
    OdooClient racing = meetingBeforeCreate(client, new CyclicBarrier(2));
    Escalations escalations = Escalations.builder().odoo(racing).build();

    List<Escalation> both = raceTwice(escalations, escalations);

    assertThat(activityCount()).isEqualTo(1);
    assertThat(both).extracting(Escalation::activityId).containsOnly(both.get(0).activityId());
    assertThat(both).filteredOn(Escalation::created).hasSize(1);
  }

  @Test
  void twoInstancesRacingOnOneIncidentLeaveOneActivityAndAgreeOnIt() throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(2);
    Escalations one = Escalations.builder().odoo(meetingBeforeCreate(client, barrier)).build();
    Escalations other = Escalations.builder().odoo(meetingBeforeCreate(client, barrier)).build();

    List<Escalation> both = raceTwice(one, other);

    assertThat(activityCount()).isEqualTo(1);
    assertThat(both).extracting(Escalation::activityId).containsOnly(both.get(0).activityId());
  }
}
