package io.github.odooconnector.core.internal;

import java.util.List;
import java.util.Map;

/**
 * A model method call in execute_kw form, with wire-normalised arguments (context not included).
 *
 * @param model model
 * @param method method
 * @param args positional arguments (ids first for record methods)
 * @param kwargs keyword arguments
 */
public record Invocation(
    String model, String method, List<Object> args, Map<String, Object> kwargs) {}
