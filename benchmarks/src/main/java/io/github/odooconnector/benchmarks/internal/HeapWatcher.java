package io.github.odooconnector.benchmarks.internal;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Measures the peak <em>retained</em> heap of an operation: the highest heap occupancy observed
 * right after any garbage collection during the operation (from GC notifications), or at its end
 * after a full collection while its result is still referenced, minus the occupancy right before
 * it. Garbage that a collection would free does not count, so the figure is the operation's working
 * set, not its allocation rate. Its resolution depends on how often collections run: benchmarks
 * using it run with a small young generation.
 */
final class HeapWatcher implements NotificationListener, AutoCloseable {

  private final Set<String> heapPools;
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final AtomicLong peakAfterGc = new AtomicLong();
  private final AtomicLong notifications = new AtomicLong();
  private long before;

  HeapWatcher() {
    heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .map(p -> p.getName())
            .collect(Collectors.toSet());
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter e) {
        e.addNotificationListener(this, null, null);
        emitters.add(e);
      }
    }
  }

  /** Collects garbage and records the baseline occupancy; call right before the operation. */
  void begin() {
    fullGc();
    before = used();
    peakAfterGc.set(before);
  }

  /**
   * Ends the measurement; call right after the operation with its result still reachable.
   *
   * @param result the operation's result, kept reachable through the final collection
   * @return peak retained bytes above the baseline
   */
  long end(Object result) {
    fullGc();
    long atEnd = used();
    Reference.reachabilityFence(result);
    long peak = Math.max(peakAfterGc.get(), atEnd);
    return Math.max(0, peak - before);
  }

  private void fullGc() {
    long seen = notifications.get();
    System.gc();
    // GC notifications arrive asynchronously: wait (bounded) until ours has been processed.
    for (int i = 0; i < 200 && notifications.get() == seen; i++) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  @Override
  public void handleNotification(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
    long sum = 0;
    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
      if (heapPools.contains(e.getKey())) {
        sum += e.getValue().getUsed();
      }
    }
    long total = sum;
    peakAfterGc.accumulateAndGet(total, Math::max);
    notifications.incrementAndGet();
  }

  @Override
  public void close() {
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(this);
      } catch (ListenerNotFoundException ignored) {
        // already gone
      }
    }
  }
}
