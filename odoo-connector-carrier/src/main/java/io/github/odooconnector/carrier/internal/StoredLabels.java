package io.github.odooconnector.carrier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.odooconnector.carrier.api.ShippingWorkflowException;
import io.github.odooconnector.reliability.spi.IdempotencyRecord;
import io.github.odooconnector.reliability.spi.IdempotencyState;
import io.github.odooconnector.reliability.spi.IdempotencyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place that reads the idempotency store directly, behind the reliability kit's {@code
 * Idempotent}: whether a key completed, what a completed label purchase stored (a shipment, a plan
 * of per-parcel purchases, or an unknown outcome and how the reconciler settled it), and which
 * generation of a key is current. Voiding, manifests, pickups and the reconciler need stored
 * results without running anything, which {@code Idempotent} cannot give yet; when it can, this
 * class is replaced by that call. Writes always go through {@code Idempotent}. Thread-safe.
 *
 * <p>Key markers (each a completed key of its own): {@code carrier-void:<key>} (voided), {@code
 * carrier-release:<key>} (the reconciler found no label: the key is given up), {@code
 * carrier-resolved:<key>} (the reconciler found the label of an unknown outcome; holds it), {@code
 * carrier-manifested:<carrier>:<shipment id>} (in a closed manifest).
 */
final class StoredLabels {

  private static final ObjectMapper STORED =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private final IdempotencyStore store;

  StoredLabels(IdempotencyStore store) {
    this.store = store;
  }

  static String voidKey(String key) {
    return "carrier-void:" + key;
  }

  static String releaseKey(String key) {
    return "carrier-release:" + key;
  }

  static String resolvedKey(String key) {
    return "carrier-resolved:" + key;
  }

  static String manifestedKey(String carrierCode, String shipmentId) {
    return "carrier-manifested:" + carrierCode + ":" + shipmentId;
  }

  static String parcelKey(String key, String parcelId) {
    return key + "/" + parcelId;
  }

  /** Whether an action under this key completed (for example a marker). */
  boolean completed(String key) {
    return store.find(key).map(r -> r.state() == IdempotencyState.COMPLETED).orElse(false);
  }

  /**
   * The current generation of a key: {@code base}, then {@code base#2}, {@code base#3}... after
   * each generation was released by the reconciler or (when {@code voidAdvances}) voided.
   */
  String current(String base, boolean voidAdvances) {
    for (int generation = 1; ; generation++) {
      String key = generation == 1 ? base : base + "#" + generation;
      boolean retired = completed(releaseKey(key)) || (voidAdvances && completed(voidKey(key)));
      if (!retired) {
        return key;
      }
    }
  }

  /** The generation before {@code key}, or null for the first. */
  static String previous(String key) {
    int hash = key.lastIndexOf('#');
    if (hash < 0 || key.indexOf('/', hash) >= 0) {
      return null;
    }
    int generation = Integer.parseInt(key.substring(hash + 1));
    return generation == 2
        ? key.substring(0, hash)
        : key.substring(0, hash) + "#" + (generation - 1);
  }

  /** A completed result of another kind (pickups, manifests, refunds). */
  <T> Optional<T> result(String key, Class<T> type) {
    Optional<IdempotencyRecord> record =
        store
            .find(key)
            .filter(r -> r.state() == IdempotencyState.COMPLETED && r.resultJson() != null);
    if (record.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(STORED.readValue(record.get().resultJson(), type));
    } catch (JsonProcessingException e) {
      throw new ShippingWorkflowException(
          null, "the stored result under idempotency key '" + key + "' is unreadable", e);
    }
  }

  /** What a label key holds, as stored (a shipment, a plan or an unknown outcome). */
  Optional<StoredShipment> raw(String key) {
    return result(key, StoredShipment.class);
  }

  /**
   * The labels a purchase key stands for: its own shipment, or each parcel's under a split plan; an
   * unknown outcome counts as bought once the reconciler found its label, and as blocked until
   * then. Empty when nothing completed under the key.
   */
  Optional<LabelSet> labelsUnder(String key) {
    Optional<StoredShipment> top = raw(key);
    if (top.isEmpty()) {
      return Optional.empty();
    }
    List<Keyed> bought = new ArrayList<>();
    List<Keyed> blocked = new ArrayList<>();
    List<String> pending = new ArrayList<>();
    StoredShipment t = top.get();
    if (t.isPlan()) {
      for (String parcelId : t.planParcelIds()) {
        String sub = current(parcelKey(key, parcelId), false);
        Optional<StoredShipment> s = raw(sub);
        if (s.isEmpty()) {
          pending.add(parcelId);
        } else {
          settle(sub, s.get(), bought, blocked);
        }
      }
    } else {
      settle(key, t, bought, blocked);
    }
    return Optional.of(new LabelSet(key, t, bought, blocked, pending));
  }

  private void settle(String key, StoredShipment s, List<Keyed> bought, List<Keyed> blocked) {
    if (!s.isUnknown()) {
      bought.add(new Keyed(key, s));
      return;
    }
    Optional<StoredShipment> found = raw(resolvedKey(key));
    if (found.isPresent()) {
      bought.add(new Keyed(key, found.get()));
    } else {
      blocked.add(new Keyed(key, s));
    }
  }

  /** A stored result with its key. */
  record Keyed(String key, StoredShipment shipment) {}

  /**
   * What a purchase key stands for.
   *
   * @param key the purchase key
   * @param top what the key itself holds
   * @param bought the labels bought (with the key each was bought or settled under)
   * @param blocked purchases with an unknown outcome not settled yet
   * @param pendingParcelIds planned parcels not bought yet (split purchases)
   */
  record LabelSet(
      String key,
      StoredShipment top,
      List<Keyed> bought,
      List<Keyed> blocked,
      List<String> pendingParcelIds) {

    boolean split() {
      return top.isPlan();
    }

    List<String> trackingNumbers() {
      return bought.stream()
          .flatMap(k -> k.shipment().parcels().stream())
          .map(StoredShipment.StoredParcel::trackingNumber)
          .toList();
    }
  }
}
