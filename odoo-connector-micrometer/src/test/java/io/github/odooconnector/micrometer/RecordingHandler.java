package io.github.odooconnector.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every stopped observation's context, in stop order. */
final class RecordingHandler implements ObservationHandler<Observation.Context> {
  final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();

  @Override
  public void onStop(Observation.Context context) {
    stopped.add(context);
  }

  @Override
  public boolean supportsContext(Observation.Context context) {
    return true;
  }

  List<Observation.Context> named(String name) {
    return stopped.stream().filter(c -> name.equals(c.getName())).toList();
  }

  static String high(Observation.Context c, String key) {
    var kv = c.getHighCardinalityKeyValue(key);
    return kv == null ? null : kv.getValue();
  }

  static String low(Observation.Context c, String key) {
    var kv = c.getLowCardinalityKeyValue(key);
    return kv == null ? null : kv.getValue();
  }
}
