package io.github.odooconnector.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.api.Domain;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooConfigurationException;
import io.github.odooconnector.core.api.OdooMissingRecordException;
import io.github.odooconnector.core.api.OdooServerException;
import io.github.odooconnector.core.api.Protocol;
import io.github.odooconnector.core.api.SearchOptions;
import io.github.odooconnector.testkit.FakeOdoo;
import io.github.odooconnector.testkit.OdooVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Report PDFs and attachments through a web session, streamed, on Odoo 17, 18 and 19. */
class ReportsAndAttachmentsTest {

  @TempDir Path dir;

  private static long aPicking(OdooClient client) {
    return client.search("stock.picking", Domain.all(), SearchOptions.limit(1)).get(0);
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void aDeliverySlipPdfIsStreamedThroughAWebSession(OdooVersion v) throws Exception {
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = Clients.password(odoo, Protocol.AUTO)) {
      long picking = aPicking(client);
      String name =
          client
              .read("stock.picking", List.of(picking), List.of("name"))
              .get(0)
              .string("name")
              .orElseThrow();

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      long n = client.reports().pdf("stock.report_deliveryslip", List.of(picking), out);

      String pdf = out.toString(StandardCharsets.ISO_8859_1);
      assertThat(n).isEqualTo(out.size());
      assertThat(pdf).startsWith("%PDF-").endsWith("%%EOF\n").contains(name);
      Path file = dir.resolve("slip.pdf");
      assertThat(client.reports().pdf("stock.report_deliveryslip", List.of(picking), file))
          .isEqualTo(n);
      assertThat(Files.readAllBytes(file)).isEqualTo(out.toByteArray());
      assertThat(odoo.auth().webSessionCount()).as("one session, reused").isEqualTo(1);
    }
  }

  @Test
  void anExpiredSessionIsReestablishedOnceAndTheCookieNeverAppearsInErrors() {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V19).start();
        OdooClient client = Clients.password(odoo, Protocol.JSONRPC)) {
      long picking = aPicking(client);
      client
          .reports()
          .pdf("stock.report_deliveryslip", List.of(picking), new ByteArrayOutputStream());
      odoo.auth().expireWebSessions();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      client.reports().pdf("stock.report_deliveryslip", List.of(picking), out);
      assertThat(out.toString(StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
      assertThat(odoo.auth().webSessionCount()).isEqualTo(1);
      assertThatThrownBy(
              () ->
                  client
                      .reports()
                      .pdf("nope.report_missing", List.of(picking), new ByteArrayOutputStream()))
          .isInstanceOf(OdooServerException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("session_id"));
    }
  }

  @Test
  void anApiKeyAloneCannotOpenReportsAndSaysWhatToConfigure() {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V19).start();
        OdooClient client = Clients.apiKey(odoo)) {
      assertThatThrownBy(
              () ->
                  client
                      .reports()
                      .pdf("stock.report_deliveryslip", List.of(1L), new ByteArrayOutputStream()))
          .isInstanceOf(OdooConfigurationException.class)
          .hasMessageContaining("password(...)");
    }
  }

  @ParameterizedTest
  @EnumSource(OdooVersion.class)
  void anAttachmentRoundTripsByStreamAndByFile(OdooVersion v) throws Exception {
    byte[] content = new byte[3 * 1024 * 1024 + 7]; // not a multiple of 3: base64 padding
    new Random(300).nextBytes(content);
    try (FakeOdoo odoo = FakeOdoo.builder().version(v).start();
        OdooClient client = Clients.password(odoo, Protocol.AUTO)) {
      long partner = client.create("res.partner", Map.of("name", "files"));
      long id =
          client
              .attachments()
              .upload("blob.bin", "res.partner", partner, new ByteArrayInputStream(content));
      assertThat(
              client
                  .read("ir.attachment", List.of(id), List.of("res_id", "file_size"))
                  .get(0)
                  .integer("res_id"))
          .hasValue(partner);

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(client.attachments().download(id, out)).isEqualTo(content.length);
      assertThat(out.toByteArray()).isEqualTo(content);

      Path source = dir.resolve("in.bin");
      Files.write(source, content);
      odoo.auth().expireWebSessions(); // the Path upload is repeated with a fresh session
      long second = client.attachments().upload("again.bin", "res.partner", partner, source);
      Path target = dir.resolve("out.bin");
      client.attachments().download(second, target);
      assertThat(Files.readAllBytes(target)).isEqualTo(content);
      assertThat(Files.list(dir)).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
    }
  }

  @Test
  void aMissingAttachmentIsAMissingRecordAndLeavesNoFile() {
    try (FakeOdoo odoo = FakeOdoo.builder().version(OdooVersion.V18).start();
        OdooClient client = Clients.password(odoo, Protocol.AUTO)) {
      Path target = dir.resolve("never.bin");
      assertThatThrownBy(() -> client.attachments().download(999_999, target))
          .isInstanceOf(OdooMissingRecordException.class);
      assertThat(target).doesNotExist();
    }
  }
}
