package io.github.odooconnector.core.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XmlRpcCodecTest {

  private final XmlRpcCodec codec = new XmlRpcCodec(XmlRpcCodec.DEFAULT_MAX_DEPTH, 1_000_000);

  private Object value(String xmlValue) throws XmlRpcException {
    String doc =
        "<?xml version=\"1.0\"?><methodResponse><params><param><value>"
            + xmlValue
            + "</value></param></params></methodResponse>";
    XmlRpcCodec.Response r = codec.parseResponse(doc.getBytes(StandardCharsets.UTF_8));
    assertThat(r.isFault()).isFalse();
    return r.value();
  }

  @Test
  void decodesEveryXmlRpcType() throws Exception {
    assertThat(value("<int>42</int>")).isEqualTo(42L);
    assertThat(value("<i4>-7</i4>")).isEqualTo(-7L);
    assertThat(value("<i8>9007199254740993</i8>")).isEqualTo(9007199254740993L);
    assertThat(value("<boolean>1</boolean>")).isEqualTo(true);
    assertThat(value("<boolean>0</boolean>")).isEqualTo(false);
    assertThat(value("<double>1234.5678</double>")).isEqualTo(1234.5678);
    assertThat(value("<string>caf\u00e9 &amp; &lt;b&gt;</string>")).isEqualTo("caf\u00e9 & <b>");
    assertThat(value("<string/>")).isEqualTo("");
    assertThat(value("bare text is a string")).isEqualTo("bare text is a string");
    assertThat(value("")).isEqualTo("");
    assertThat(value("<nil/>")).isNull();
    assertThat(value("<dateTime.iso8601>20261124T22:28:21</dateTime.iso8601>"))
        .isEqualTo(Instant.parse("2026-11-24T22:28:21Z"));
    assertThat((byte[]) value("<base64>aGVs\nbG8=</base64>"))
        .isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
    assertThat(value("<array><data><value><int>1</int></value><value>x</value></data></array>"))
        .isEqualTo(List.of(1L, "x"));
    assertThat(value("<array><data></data></array>")).isEqualTo(List.of());
    assertThat(
            value(
                "<struct><member><name>id</name><value><int>3</int></value></member>"
                    + "<member><name>partner_id</name><value><array><data><value><int>7</int>"
                    + "</value>"
                    + "<value><string>Acme</string></value></data></array></value></member>"
                    + "</struct>"))
        .isEqualTo(Map.of("id", 3L, "partner_id", List.of(7L, "Acme")));
  }

  @Test
  void decodesCharacterReferencesAndCdata() throws Exception {
    assertThat(value("<string>a&#13;b&#x41;<![CDATA[<raw>]]></string>")).isEqualTo("a\rbA<raw>");
  }

  @Test
  void encodedCallsRoundTripThroughTheDecoder() throws Exception {
    Map<String, Object> vals = new LinkedHashMap<>();
    vals.put("name", "Acme <&> \"quoted\"\r\nline");
    vals.put("qty", 3L);
    vals.put("big", 5_000_000_000L);
    vals.put("price", 99.999);
    vals.put("exact", new BigDecimal("1234.5678"));
    vals.put("active", false);
    vals.put("blob", new byte[] {0, 1, 2, (byte) 255});
    vals.put("ids", List.of(1L, 2L));
    byte[] xml =
        codec.writeMethodCall(
            "execute_kw", List.of("db", 2L, "pw", "res.partner", "create", List.of(vals)));
    XmlRpcCodec.Call call = codec.parseCall(xml);
    assertThat(call.methodName()).isEqualTo("execute_kw");
    @SuppressWarnings("unchecked")
    Map<String, Object> back = (Map<String, Object>) ((List<?>) call.params().get(5)).get(0);
    assertThat(back.get("name")).isEqualTo("Acme <&> \"quoted\"\r\nline");
    assertThat(back.get("qty")).isEqualTo(3L);
    assertThat(back.get("big")).isEqualTo(5_000_000_000L);
    assertThat(back.get("price")).isEqualTo(99.999);
    assertThat(back.get("exact")).isEqualTo(1234.5678);
    assertThat(back.get("active")).isEqualTo(false);
    // binary values travel as base64 text, as Odoo sends them (a <base64> element reaches Odoo as
    // an xmlrpc.client.Binary that binary fields reject)
    assertThat(back.get("blob")).isEqualTo("AAEC/w==");
    assertThat(back.get("ids")).isEqualTo(List.of(1L, 2L));
    assertThat(new String(xml, StandardCharsets.UTF_8))
        .contains("<i8>5000000000</i8>")
        .contains("<double>1234.5678</double>");
  }

  @Test
  void refusesToEncodeControlCharactersXmlCannotCarryNamingWhereTheyAre() {
    assertThatThrownBy(
            () ->
                codec.writeMethodCall(
                    "m", List.of("db", List.of(List.of(7L), Map.of("ref", "bell\u0007")))))
        .isInstanceOfSatisfying(
            XmlRpcCodec.UnencodableValueException.class,
            e -> {
              assertThat(e).hasMessageContaining("U+0007");
              assertThat(e.param()).isEqualTo(1);
              assertThat(e.path()).isEqualTo("[1].ref");
            });
  }

  @Test
  void decodesFaultsWithIntegerAndStringCodes() throws Exception {
    XmlRpcCodec.Response r =
        codec.parseResponse(
            ("<?xml version='1.0'?><methodResponse><fault><value><struct>"
                    + "<member><name>faultCode</name><value><int>3</int></value></member><member>"
                    + "<name>faultString</name><value><string>Access"
                    + " Denied</string></value></member></struct></value></fault></methodResponse>")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(r.isFault()).isTrue();
    assertThat(r.faultCode()).isEqualTo(3L);
    assertThat(r.faultString()).isEqualTo("Access Denied");
  }

  @Test
  void rejectsExternalEntitiesWithoutReadingTheFile() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<methodResponse><params><param><value><string>&xxe;</string></value></param>"
            + "</params>"
            + "</methodResponse>";
    assertThatThrownBy(() -> codec.parseResponse(xxe.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(XmlRpcException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("root:"));
  }

  @Test
  void rejectsBillionLaughsQuickly() {
    StringBuilder sb =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      sb.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        sb.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      sb.append("\">");
    }
    sb.append(
        "]><methodResponse><params><param><value><string>&lol9;</string></value></param></params>"
            + "</methodResponse>");
    long start = System.nanoTime();
    assertThatThrownBy(() -> codec.parseResponse(sb.toString().getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(XmlRpcException.class);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
  }

  @Test
  void rejectsAnyDoctypeEvenWithoutEntities() {
    String doc =
        "<?xml version=\"1.0\"?><!DOCTYPE methodResponse SYSTEM \"http://127.0.0.1:1/x.dtd\">"
            + "<methodResponse><params><param><value><int>1</int></value></param></params>"
            + "</methodResponse>";
    assertThatThrownBy(() -> codec.parseResponse(doc.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(XmlRpcException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void rejectsUndeclaredEntityReferences() {
    assertThatThrownBy(() -> value("<string>&nbsp;</string>")).isInstanceOf(XmlRpcException.class);
  }

  @Test
  void capsNestingDepth() {
    XmlRpcCodec shallow = new XmlRpcCodec(10, 1000);
    String nested =
        "<array><data><value>".repeat(50) + "<int>1</int>" + "</value></data></array>".repeat(50);
    String doc =
        "<?xml version=\"1.0\"?><methodResponse><params><param><value>"
            + nested
            + "</value></param></params></methodResponse>";
    assertThatThrownBy(() -> shallow.parseResponse(doc.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(XmlRpcException.class)
        .hasMessageContaining("deeper than 10");
  }

  @Test
  void capsStringLength() {
    XmlRpcCodec small = new XmlRpcCodec(10, 100);
    char[] big = new char[101];
    Arrays.fill(big, 'x');
    String doc =
        "<?xml version=\"1.0\"?><methodResponse><params><param><value><string>"
            + new String(big)
            + "</string></value></param></params></methodResponse>";
    assertThatThrownBy(() -> small.parseResponse(doc.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(XmlRpcException.class)
        .hasMessageContaining("longer than 100");
  }

  @Test
  void rejectsMalformedDocuments() {
    for (String bad :
        List.of(
            "",
            "not xml",
            "<methodResponse><params>",
            "<methodResponse><params><param><value><int>x</int></value></param></params>"
                + "</methodResponse>",
            "<methodResponse><params><param><value><boolean>2</boolean></value></param>"
                + "</params></methodResponse>",
            "<methodResponse><params><param><value><blob>1</blob></value></param></params>"
                + "</methodResponse>",
            "<methodResponse><oops/></methodResponse>",
            "<html><body>502 Bad Gateway</body></html>",
            "<methodResponse><params><param><value><int>1</int></value></param></params>"
                + "</methodResponse><x/>")) {
      assertThatThrownBy(() -> codec.parseResponse(bad.getBytes(StandardCharsets.UTF_8)))
          .as(bad)
          .isInstanceOf(XmlRpcException.class);
    }
  }
}
