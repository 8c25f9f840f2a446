package io.github.odooconnector.carrier.internal;

import io.github.odooconnector.carrier.api.RateSelectionException;
import io.github.odooconnector.carrier.api.RateSelectionRule;
import io.github.odooconnector.carrier.api.RateShoppingResult;
import io.github.odooconnector.carrier.spi.CarrierAdapter;
import io.github.odooconnector.carrier.spi.CarrierException;
import io.github.odooconnector.carrier.spi.Rate;
import io.github.odooconnector.carrier.spi.RateRequest;
import io.github.odooconnector.model.ShipmentOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Asks every carrier able to serve a route for rates (in parallel on the rating executor when one
 * is configured) and chooses with a {@link RateSelectionRule}. Talks to carriers only, never to
 * Odoo. Thread-safe.
 */
final class RateShopper {

  private final Executor ratingExecutor; // null: one carrier after another on the caller's thread

  RateShopper(Executor ratingExecutor) {
    this.ratingExecutor = ratingExecutor;
  }

  /**
   * Quotes with every adapter not already skipped (by Odoo's delivery method rules) that can serve
   * the route and honours the requested options, and chooses.
   */
  RateShoppingResult quote(
      RateRequest request,
      RateSelectionRule rule,
      List<CarrierAdapter> adapters,
      Map<String, String> alreadySkipped) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(rule, "rule");
    boolean international =
        !request
            .shipFrom()
            .address()
            .countryCode()
            .equals(request.shipTo().address().countryCode());
    Map<String, String> skipped = new LinkedHashMap<>(alreadySkipped);
    Map<String, CompletableFuture<List<Rate>>> calls = new LinkedHashMap<>();
    for (CarrierAdapter adapter : adapters) {
      if (skipped.containsKey(adapter.carrierCode())) {
        continue;
      }
      Optional<ShipmentOption> unsupported =
          request.shipmentOptions().requested().stream()
              .filter(o -> !adapter.capabilities().supports(o))
              .sorted()
              .findFirst();
      if (unsupported.isPresent()) {
        skipped.put(adapter.carrierCode(), "does not support shipment option " + unsupported.get());
        continue;
      }
      if (international && !adapter.capabilities().international()) {
        skipped.put(
            adapter.carrierCode(),
            "domestic only: ship-to is "
                + request.shipTo().address().countryCode()
                + ", ship-from is "
                + request.shipFrom().address().countryCode());
        continue;
      }
      calls.put(adapter.carrierCode(), rate(adapter, request));
    }
    List<Rate> quotes = new ArrayList<>();
    Map<String, CarrierException> failures = new LinkedHashMap<>();
    calls.forEach(
        (code, call) -> {
          try {
            List<Rate> rates = call.join();
            if (rates == null) {
              throw new CarrierException(
                  code,
                  "adapter '" + code + "' returned null instead of a list of rates",
                  null,
                  null);
            }
            for (Rate r : rates) {
              if (r == null || !r.carrierCode().equals(code)) {
                throw new CarrierException(
                    code,
                    "adapter '"
                        + code
                        + "' returned "
                        + (r == null
                            ? "a null rate"
                            : "a rate of carrier '" + r.carrierCode() + "'"),
                    null,
                    null);
              }
            }
            if (rates.isEmpty()) {
              skipped.put(code, "quoted no rate for this shipment");
            }
            quotes.addAll(rates);
          } catch (CompletionException e) {
            failures.put(code, adapterFailure(code, "rating", e.getCause()));
          } catch (CarrierException e) {
            failures.put(code, e);
          }
        });
    if (quotes.isEmpty()) {
      throw new RateSelectionException(
          "no carrier quoted shipment '" + request.reference() + "'", failures, skipped);
    }
    Rate chosen =
        rule.select(List.copyOf(quotes))
            .orElseThrow(
                () ->
                    new RateSelectionException(
                        "the rate selection rule accepted none of the "
                            + quotes.size()
                            + " quotes for shipment '"
                            + request.reference()
                            + "'",
                        failures,
                        skipped));
    if (!quotes.contains(chosen)) {
      throw new RateSelectionException(
          "the rate selection rule returned a rate that was not quoted for shipment '"
              + request.reference()
              + "': "
              + chosen,
          failures,
          skipped);
    }
    return new RateShoppingResult(chosen, quotes, failures, skipped);
  }

  private CompletableFuture<List<Rate>> rate(CarrierAdapter adapter, RateRequest request) {
    try {
      return ratingExecutor == null
          ? CompletableFuture.completedFuture(adapter.rate(request))
          : CompletableFuture.supplyAsync(() -> adapter.rate(request), ratingExecutor);
    } catch (RuntimeException e) { // the adapter failed, or the executor rejected the task
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * An adapter's failure as a {@link CarrierException}: itself when it is one, else a permanent one
   * naming the adapter and the operation, with the failure as cause.
   */
  static CarrierException adapterFailure(String code, String operation, Throwable t) {
    if (t instanceof CarrierException ce) {
      return ce;
    }
    return new CarrierException(
        code,
        "adapter '"
            + code
            + "' failed while "
            + operation
            + " with "
            + t.getClass().getSimpleName()
            + (t.getMessage() == null ? "" : ": " + t.getMessage())
            + " (adapters must throw CarrierException)",
        null,
        t);
  }
}
