package io.github.odooconnector.benchmarks.internal;

import io.github.odooconnector.core.internal.codec.XmlRpcCodec;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.w3c.dom.Document;

/**
 * Benchmark 1: decoding a ~1 MiB XML-RPC {@code search_read} response.
 *
 * <p>{@code staxCodec} is the connector's hardened StAX codec producing the decoded Java values
 * (lists, maps, Integers, Strings) the client works with. {@code domParse} (the baseline) is the
 * JDK's plain DOM parse of the same bytes into a {@link Document}, hardened the same way (DOCTYPE
 * disallowed, no external entities, secure processing) - it only builds the tree and does not yet
 * turn it into values, so it is a conservative baseline.
 *
 * <p>Reaching {@code core.internal.codec.XmlRpcCodec} is deliberate and allowed only in this
 * benchmarks module: the codec is not public API, but it is the component whose speed we claim.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class XmlRpcDecodeBenchmark {

  /** Size of the generated response. */
  public static final int RESPONSE_BYTES = 1024 * 1024;

  private byte[] body;
  private XmlRpcCodec codec;
  private DocumentBuilderFactory dom;

  /**
   * Builds the response and both parsers, and checks both read the same number of records.
   *
   * @throws Exception if the fixture cannot be parsed
   */
  @Setup
  public void setUp() throws Exception {
    body = SearchReadResponses.stockPickings(RESPONSE_BYTES);
    // Same limits the client uses by default: depth 64, strings up to the transport's body cap.
    codec = new XmlRpcCodec(XmlRpcCodec.DEFAULT_MAX_DEPTH, Integer.MAX_VALUE);
    dom = hardenedDom();
    int viaCodec = ((List<?>) staxCodec().value()).size();
    int viaDom = domParse().getElementsByTagName("struct").getLength();
    if (viaCodec != viaDom || viaCodec < 500) {
      throw new IllegalStateException(
          "parsers disagree: codec " + viaCodec + " records, DOM " + viaDom);
    }
  }

  static DocumentBuilderFactory hardenedDom() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    f.setNamespaceAware(true);
    return f;
  }

  /**
   * The connector's StAX codec: bytes to decoded values.
   *
   * @return the decoded response
   * @throws Exception never for this input
   */
  @Benchmark
  public XmlRpcCodec.Response staxCodec() throws Exception {
    return codec.parseResponse(body);
  }

  /**
   * Baseline: the JDK DOM parse of the same bytes (a fresh builder per document, as a thread-safe
   * client must).
   *
   * @return the DOM tree
   * @throws Exception never for this input
   */
  @Benchmark
  public Document domParse() throws Exception {
    DocumentBuilder b = dom.newDocumentBuilder();
    return b.parse(new ByteArrayInputStream(body));
  }
}
