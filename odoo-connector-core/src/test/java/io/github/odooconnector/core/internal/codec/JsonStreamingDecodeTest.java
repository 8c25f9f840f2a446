package io.github.odooconnector.core.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.odooconnector.core.api.Many2one;
import io.github.odooconnector.core.api.OdooRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streaming JSON decoder gives the values Jackson's untyped {@code Object} binding gave (Long
 * integers, Double floats, Odoo's {@code false}, many2one pairs, nulls, nesting), as immutable maps
 * and lists, and refuses what the hardened mapper refused.
 */
class JsonStreamingDecodeTest {

  private static final ObjectMapper REFERENCE =
      JsonMapper.builder().enable(DeserializationFeature.USE_LONG_FOR_INTS).build();

  private final Json json = new Json(1_000_000);

  private Object read(String s) throws IOException {
    return json.read(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void decodesOdooRecordsLikeJacksonsUntypedBinding() throws IOException {
    String body =
        "[{\"id\": 7, \"name\": \"Acme \\u00e9\", \"parent_id\": false, \"country_id\": [21,"
            + " \"Belgium\"], \"child_ids\": [8, 9], \"credit_limit\": 1500.5, \"is_company\":"
            + " true, \"comment\": null, \"meta\": {\"a\": [null, {}, []]}, \"big\":"
            + " 9007199254740993, \"neg\": -3, \"exp\": 1e3},"
            + " {\"id\": 8, \"name\": \"B\", \"parent_id\": [7, \"Acme\"], \"country_id\": false,"
            + " \"child_ids\": [], \"credit_limit\": 0.0, \"is_company\": false, \"comment\":"
            + " \"x\", \"meta\": {}, \"big\": 1, \"neg\": 0, \"exp\": 2.5}]";
    Object decoded = read(body);
    Object reference = REFERENCE.readValue(body, Object.class);
    assertThat(decoded).isEqualTo(reference);
    assertThat(reference).isEqualTo(decoded);
    assertThat(decoded.hashCode()).isEqualTo(reference.hashCode());
    @SuppressWarnings("unchecked")
    Map<String, ?> first = (Map<String, ?>) ((List<?>) decoded).get(0);
    assertThat(first.get("id")).isInstanceOf(Long.class);
    assertThat(first.get("credit_limit")).isInstanceOf(Double.class);
    assertThat(first.get("exp")).isEqualTo(1000.0);
    assertThat(first.get("parent_id")).isEqualTo(false);
    assertThat(first.containsKey("comment")).isTrue();
    assertThat(first.get("comment")).isNull();
    assertThat(first.containsKey("absent")).isFalse();
    assertThat(first.get(42)).isNull();
    assertThat(List.copyOf(first.keySet()))
        .containsExactly(
            "id",
            "name",
            "parent_id",
            "country_id",
            "child_ids",
            "credit_limit",
            "is_company",
            "comment",
            "meta",
            "big",
            "neg",
            "exp");
  }

  @Test
  void aDecodedRecordIsAdoptedWithoutACopyAndReadsLikeAnyRecord() throws IOException {
    List<?> rows =
        (List<?>)
            read(
                "[{\"id\": 3, \"name\": \"A\", \"partner_id\": [5, \"P\"], \"date\": false},"
                    + " {\"id\": 4, \"name\": \"B\", \"partner_id\": false, \"date\":"
                    + " \"2026-12-01\"}]");
    @SuppressWarnings("unchecked")
    Map<String, ?> m = (Map<String, ?>) rows.get(0);
    OdooRecord r = OdooRecord.of(m);
    assertThat(r.asMap()).isSameAs(m);
    assertThat(r.many2one("partner_id")).contains(new Many2one(5, "P"));
    assertThat(r.date("date")).isEmpty();
    @SuppressWarnings("unchecked")
    OdooRecord second = OdooRecord.of((Map<String, ?>) rows.get(1));
    assertThat(second.many2one("partner_id")).isEmpty();
    assertThat(second.string("name")).contains("B");
    Map<String, Object> same = new LinkedHashMap<>(m);
    assertThat(OdooRecord.of(same)).isEqualTo(r);
    assertThat(OdooRecord.of(same).hashCode()).isEqualTo(r.hashCode());
  }

  @Test
  void decodedMapsAndListsCannotBeChanged() throws IOException {
    List<?> rows = (List<?>) read("[{\"id\": 1, \"tags\": [1, 2]}]");
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) rows.get(0);
    @SuppressWarnings("unchecked")
    List<Object> tags = (List<Object>) m.get("tags");
    assertThatThrownBy(() -> m.put("id", 2L)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.remove("id")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> m.entrySet().iterator().next().setValue(3L))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> tags.set(0, 5L)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> rows.clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void wideObjectsAreLookedUpByNameAndObjectsOfOneShapeStayDistinct() throws IOException {
    StringBuilder sb = new StringBuilder("[");
    for (int r = 0; r < 3; r++) {
      sb.append(r == 0 ? "{" : ",{");
      for (int f = 0; f < 40; f++) {
        sb.append(f == 0 ? "" : ",").append("\"f").append(f).append("\": ").append(r * 100 + f);
      }
      sb.append('}');
    }
    sb.append(']');
    List<?> rows = (List<?>) read(sb.toString());
    for (int r = 0; r < 3; r++) {
      Map<?, ?> m = (Map<?, ?>) rows.get(r);
      assertThat(m).hasSize(40);
      for (int f = 0; f < 40; f++) {
        assertThat(m.get("f" + f)).isEqualTo((long) (r * 100 + f));
      }
      assertThat(m.get("f40")).isNull();
    }
  }

  @Test
  void refusesWhatTheHardenedMapperRefused() {
    List<String> bad =
        new ArrayList<>(
            Arrays.asList(
                "",
                "   ",
                "{\"a\": 1, \"a\": 2}",
                "[1] [2]",
                "{\"a\": 1} x",
                "[1, 2",
                "{\"a\": }",
                "{\"a\": NaN}",
                "[" + "[".repeat(Json.MAX_DEPTH + 5) + "]".repeat(Json.MAX_DEPTH + 6)));
    for (String s : bad) {
      assertThatThrownBy(() -> read(s)).as(s).isInstanceOf(IOException.class);
    }
    Json small = new Json(10);
    assertThatThrownBy(() -> small.read("[\"0123456789abc\"]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class);
  }

  @Test
  void decimalsDecodeToExactlyTheDoubleThatDoubleParseDoubleGives() throws IOException {
    Random random = new Random(19);
    List<String> texts =
        new ArrayList<>(
            List.of(
                "0.0",
                "-0.0",
                "0.1",
                "0.2",
                "0.3",
                "1500.5",
                "99.999",
                "123456789012.345",
                "999999999999999.0",
                "9999999999999999.0",
                "0.00000000000000000000001",
                "1.7976931348623157e308",
                "4.9e-324",
                "2.5E-3",
                "-12.75",
                "100.0",
                "3.14159265358979",
                "0.000001",
                "123.456789012345678"));
    for (int i = 0; i < 20_000; i++) {
      int digits = 1 + random.nextInt(17);
      StringBuilder sb = new StringBuilder(random.nextBoolean() ? "-" : "");
      for (int d = 0; d < digits; d++) {
        sb.append((char) ('0' + random.nextInt(10)));
      }
      int point = random.nextInt(digits);
      sb.insert(sb.length() - digits + point + 1, '.');
      if (sb.charAt(sb.length() - 1) == '.') {
        sb.append('0');
      }
      String t = sb.toString().replaceFirst("^(-?)0+(\\d)", "$1$2");
      texts.add(t);
    }
    StringBuilder doc = new StringBuilder("[");
    for (int i = 0; i < texts.size(); i++) {
      doc.append(i == 0 ? "" : ",").append(texts.get(i));
    }
    List<?> decoded = (List<?>) read(doc.append(']').toString());
    for (int i = 0; i < texts.size(); i++) {
      double expected = Double.parseDouble(texts.get(i));
      assertThat(decoded.get(i)).as(texts.get(i)).isInstanceOf(Double.class);
      assertThat(Double.doubleToRawLongBits((Double) decoded.get(i)))
          .as(texts.get(i))
          .isEqualTo(Double.doubleToRawLongBits(expected));
    }
  }

  @Test
  void scalarsAndEmptyContainersAtTheTop() throws IOException {
    assertThat(read("false")).isEqualTo(false);
    assertThat(read("null")).isNull();
    assertThat(read("42")).isEqualTo(42L);
    assertThat(read("\"s\"")).isEqualTo("s");
    assertThat(read("[]")).isEqualTo(List.of());
    assertThat(read("{}")).isEqualTo(Map.of());
  }
}
