package io.github.odooconnector.core.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.odooconnector.core.fixtures.FixtureCase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The byte-level fast path of the XML-RPC response decoder gives exactly what the hardened StAX
 * reader gives for everything it takes, takes every real Odoo answer, and hands everything unusual
 * or hostile to the StAX reader instead of judging it itself.
 */
class XmlRpcFastPathTest {

  private final XmlRpcReader reader = new XmlRpcReader(XmlRpcCodec.DEFAULT_MAX_DEPTH, 1_000_000);

  private static byte[] doc(String value) {
    return ("<?xml version='1.0'?>\n<methodResponse>\n<params>\n<param>\n<value>"
            + value
            + "</value>\n</param>\n</params>\n</methodResponse>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private Object fast(byte[] body) {
    return XmlRpcFastReader.parseResponseValue(body, XmlRpcCodec.DEFAULT_MAX_DEPTH, 1_000_000);
  }

  @Test
  void everyCapturedOdooValueAnswerIsDecodedByTheFastPathExactlyAsByStax() throws Exception {
    List<FixtureCase> answers =
        FixtureCase.all()
            .filter(c -> c.response().toString().endsWith(".xml") && c.status() == 200)
            .toList();
    int taken = 0;
    for (FixtureCase c : answers) {
      byte[] body = Files.readAllBytes(c.response());
      XmlRpcCodec.Response stax = reader.parseResponseWithStax(body);
      Object fast = fast(body);
      if (stax.isFault()) {
        assertThat(fast).as(c.name()).isSameAs(XmlRpcFastReader.NOT_HANDLED);
        continue;
      }
      assertThat(fast).as(c.name()).isNotSameAs(XmlRpcFastReader.NOT_HANDLED);
      assertThat(deepEquals(fast, stax.value())).as(c.name()).isTrue();
      taken++;
    }
    assertThat(taken).isGreaterThan(100);
  }

  @Test
  void theFastPathAgreesWithStaxOnEveryValueShape() throws Exception {
    for (String value :
        List.of(
            "<int>42</int>",
            "<i4> -7 </i4>",
            "<i8>900719925474099</i8>",
            "<boolean>1</boolean>",
            "<boolean>0</boolean>",
            "<double>1234.5678</double>",
            "<double>-0.5e3</double>",
            "<string>caf\u00e9 &amp; &lt;b&gt; &quot;q&quot; &apos;a&apos; \u20ac"
                + " \ud83d\ude9a</string>",
            "<string>tab\tand\nnewline</string>",
            "<string>A&#66;&#x43;&#xe9;&#128666;</string>",
            "<string></string>",
            "<string/>",
            "bare text is a string",
            "  spaced bare text  ",
            "",
            "<nil/>",
            "<dateTime.iso8601>20261124T22:28:21</dateTime.iso8601>",
            "<base64>aGVs\nbG8=</base64>",
            "<array><data></data></array>",
            "<array>\n<data>\n<value><int>1</int></value>\n<value>x</value>\n</data>\n</array>",
            "<struct></struct>",
            "<struct><member><name>id</name><value><int>3</int></value></member>"
                + "<member><name>partner_id</name><value><array><data><value><int>7</int>"
                + "</value><value><string>Acme</string></value></data></array></value></member>"
                + "<member><name>a &amp; b</name><value><boolean>0</boolean></value></member>"
                + "</struct>",
            "<array><data>"
                + "<value><struct>"
                + members(12, "x")
                + "</struct></value><value><struct>"
                + members(12, "y")
                + "</struct></value><value><struct>"
                + members(3, "z")
                + "</struct></value>"
                + "</data></array>")) {
      byte[] body = doc(value);
      Object fast = fast(body);
      assertThat(fast).as(value).isNotSameAs(XmlRpcFastReader.NOT_HANDLED);
      Object stax = reader.parseResponseWithStax(body).value();
      assertThat(deepEquals(fast, stax)).as(value + " -> " + fast + " vs " + stax).isTrue();
    }
  }

  @Test
  void anythingUnusualOrHostileIsLeftToTheHardenedStaxReader() {
    for (String body :
        List.of(
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><methodResponse><params>"
                + "<param><value><string>&e;</string></value></param></params></methodResponse>",
            new String(doc("<string>&nbsp;</string>"), StandardCharsets.UTF_8),
            new String(doc("<string><![CDATA[<raw>]]></string>"), StandardCharsets.UTF_8),
            new String(doc("<string>a<!-- c -->b</string>"), StandardCharsets.UTF_8),
            new String(doc("<string>a\r\nb</string>"), StandardCharsets.UTF_8),
            new String(doc("<string>bell\u0007</string>"), StandardCharsets.UTF_8),
            new String(doc("<string>a]]>b</string>"), StandardCharsets.UTF_8),
            new String(doc("<string>&#0;</string>"), StandardCharsets.UTF_8),
            new String(doc("<string>&#+65;</string>"), StandardCharsets.UTF_8),
            new String(doc("<int>12345678901234567890</int>"), StandardCharsets.UTF_8),
            new String(doc("<int>x</int>"), StandardCharsets.UTF_8),
            new String(doc("<boolean>true</boolean>"), StandardCharsets.UTF_8),
            new String(doc("<ex:nil xmlns:ex=\"urn:x\"/>"), StandardCharsets.UTF_8),
            new String(doc("<string lang=\"en\">a</string>"), StandardCharsets.UTF_8),
            new String(
                doc(
                    "<struct><member><name>a</name><value>1</value></member>"
                        + "<member><name>a</name><value>2</value></member></struct>"),
                StandardCharsets.UTF_8),
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><methodResponse><params><param>"
                + "<value><string>x</string></value></param></params></methodResponse>",
            "<?xml-stylesheet href=\"x\"?><methodResponse><params><param>"
                + "<value><string>x</string></value></param></params></methodResponse>",
            "<methodResponse><fault><value><struct><member><name>faultCode</name><value><int>1"
                + "</int></value></member></struct></value></fault></methodResponse>",
            "<methodResponse><params><param><value><int>1</int></value></param></params>"
                + "</methodResponse><x/>",
            "<methodResponse><params><param><value><int>1</int></value></param></params>")) {
      assertThat(fast(body.getBytes(StandardCharsets.UTF_8)))
          .as(body)
          .isSameAs(XmlRpcFastReader.NOT_HANDLED);
    }
    byte[] latin1Bytes = doc("<string>caf\u00e9</string>");
    byte[] broken = Arrays.copyOf(latin1Bytes, latin1Bytes.length);
    int e = new String(broken, StandardCharsets.ISO_8859_1).indexOf("caf") + 3;
    broken[e] = (byte) 0xE9; // a lone ISO-8859-1 byte: malformed UTF-8
    broken[e + 1] = (byte) 'x';
    assertThat(fast(broken)).isSameAs(XmlRpcFastReader.NOT_HANDLED);
  }

  @Test
  void valuesOverTheDepthOrStringLimitsAreLeftToStaxWhichRefusesThem() {
    String nested =
        "<array><data><value>".repeat(20) + "<int>1</int>" + "</value></data></array>".repeat(20);
    assertThat(XmlRpcFastReader.parseResponseValue(doc(nested), 10, 1000))
        .isSameAs(XmlRpcFastReader.NOT_HANDLED);
    assertThat(
            XmlRpcFastReader.parseResponseValue(
                doc("<string>" + "x".repeat(101) + "</string>"), 10, 100))
        .isSameAs(XmlRpcFastReader.NOT_HANDLED);
  }

  @Test
  void decodedStructsAndArraysAreImmutable() {
    Object v =
        fast(
            doc(
                "<array><data><value><struct><member><name>id</name><value><int>1</int></value>"
                    + "</member></struct></value></data></array>"));
    List<?> list = (List<?>) v;
    Map<?, ?> map = (Map<?, ?>) list.get(0);
    assertThat(map).isInstanceOf(FieldMap.class);
    assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  private static String members(int n, String prefix) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append("<member><name>f")
          .append(i)
          .append("</name><value><string>")
          .append(prefix)
          .append(i)
          .append("</string></value></member>");
    }
    return sb.toString();
  }

  /** Structural equality where byte arrays compare by content. */
  static boolean deepEquals(Object a, Object b) {
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.equals(x, y);
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!deepEquals(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (!x.keySet().equals(y.keySet())
          || !List.copyOf(x.keySet()).equals(List.copyOf(y.keySet()))) {
        return false;
      }
      for (Object k : x.keySet()) {
        if (!deepEquals(x.get(k), y.get(k))) {
          return false;
        }
      }
      return true;
    }
    return a == null ? b == null : a.equals(b);
  }
}
