package io.github.odooconnector.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the operations console at {@code GET /odoo-connector/console} when {@code
 * odoo.console.enabled=true}: one self-contained page (no external scripts or fonts) that polls the
 * {@link OdooConnectorEndpoint} and calls it to replay dead letters. Put the path behind your
 * application's security, as the Actuator endpoint it calls.
 *
 * <p>Thread-safe.
 */
@RestController
public final class OdooConsoleController {

  private final String page;

  OdooConsoleController(String endpointPath) {
    try (InputStream in =
        OdooConsoleController.class.getResourceAsStream(
            "/io/github/odooconnector/boot/console.html")) {
      if (in == null) {
        throw new IllegalStateException("console.html is missing from the starter jar");
      }
      this.page =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("__ENDPOINT__", endpointPath);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The console page.
   *
   * @return the HTML
   */
  @GetMapping("/odoo-connector/console")
  public ResponseEntity<String> console() {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
        .header("Cache-Control", "no-store")
        .header("X-Frame-Options", "DENY")
        .body(page);
  }
}
