package io.github.odooconnector.codegen;

import io.github.odooconnector.common.OdooConnectorException;
import io.github.odooconnector.core.api.OdooClient;
import io.github.odooconnector.core.api.OdooClientBuilder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Command line entry point for builds without Maven.
 *
 * <pre>
 * java -cp ... io.github.odooconnector.codegen.Main snapshot --url https://erp.example.com \
 *     --database prod --login sync --api-key-env ODOO_API_KEY \
 *     --model sale.order --model sale.order.line --out odoo/odoo-18.json
 * java -cp ... io.github.odooconnector.codegen.Main generate --config odoo/odoo-models.json \
 *     --snapshot odoo/odoo-17.json --snapshot odoo/odoo-18.json --out src/main/java
 * </pre>
 *
 * <p>Secrets are read from the environment variable named by {@code --api-key-env} or {@code
 * --password-env}, never from the command line. Exit status: 0 done, 1 the input or the server
 * refused (the problems are printed), 2 wrong usage. Stateless; {@link #run} may be called from
 * several threads.
 */
public final class Main {

  private static final String USAGE =
      String.join(
          "\n",
          "usage:",
          "  Main generate --config FILE --snapshot FILE [--snapshot FILE ...] --out DIR",
          "  Main snapshot --url URL --database DB --login LOGIN",
          "                (--api-key-env VAR | --password-env VAR)",
          "                --model MODEL [--model MODEL ...] --out FILE");

  private Main() {}

  /**
   * Runs a command and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, System.getenv()));
  }

  /**
   * Runs a command (testable form of {@link #main}).
   *
   * @param args the command line
   * @param out where progress goes
   * @param err where problems go
   * @param env the environment (for secrets)
   * @return the exit status: 0 done, 1 failed, 2 wrong usage
   */
  public static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
    if (args.length == 0) {
      err.println(USAGE);
      return 2;
    }
    Map<String, List<String>> opts = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        err.println("expected --option VALUE at '" + args[i] + "'\n" + USAGE);
        return 2;
      }
      opts.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[++i]);
    }
    try {
      switch (args[0]) {
        case "generate":
          return generate(opts, out, err);
        case "snapshot":
          return snapshot(opts, out, err, env);
        default:
          err.println("unknown command '" + args[0] + "'\n" + USAGE);
          return 2;
      }
    } catch (UsageException e) {
      err.println(e.getMessage() + "\n" + USAGE);
      return 2;
    } catch (OdooConnectorException e) {
      err.println(e.getMessage());
      return 1;
    }
  }

  private static int generate(Map<String, List<String>> opts, PrintStream out, PrintStream err) {
    GeneratorConfig config = GeneratorConfig.read(Path.of(one(opts, "config")));
    List<SchemaSnapshot> snapshots = new ArrayList<>();
    for (String s : many(opts, "snapshot")) {
      snapshots.add(SchemaSnapshot.read(Path.of(s)));
    }
    GenerationResult result = ModelGenerator.generate(config, snapshots);
    result.warnings().forEach(w -> err.println("warning: " + w));
    int written = result.writeTo(Path.of(one(opts, "out")));
    out.println(
        "generated "
            + result.files().size()
            + " files ("
            + written
            + " changed) into "
            + one(opts, "out"));
    return 0;
  }

  private static int snapshot(
      Map<String, List<String>> opts, PrintStream out, PrintStream err, Map<String, String> env) {
    OdooClientBuilder b =
        OdooClient.builder()
            .url(one(opts, "url"))
            .database(one(opts, "database"))
            .login(one(opts, "login"));
    if (opts.containsKey("api-key-env")) {
      b.apiKey(secret(env, one(opts, "api-key-env")));
    } else if (opts.containsKey("password-env")) {
      b.password(secret(env, one(opts, "password-env")));
    } else {
      throw new UsageException("give --api-key-env or --password-env");
    }
    try (OdooClient client = b.build()) {
      SchemaSnapshot s = SchemaSnapshot.capture(client, many(opts, "model"));
      Path file = Path.of(one(opts, "out"));
      s.write(file);
      out.println(
          "wrote " + s.models().size() + " models of Odoo " + s.serverVersion() + " to " + file);
      return 0;
    }
  }

  private static String secret(Map<String, String> env, String var) {
    String v = env.get(var);
    if (v == null || v.isEmpty()) {
      throw new UsageException("environment variable " + var + " is not set");
    }
    return v;
  }

  private static String one(Map<String, List<String>> opts, String name) {
    List<String> v = opts.get(name);
    if (v == null || v.size() != 1) {
      throw new UsageException("give --" + name + " exactly once");
    }
    return v.get(0);
  }

  private static List<String> many(Map<String, List<String>> opts, String name) {
    List<String> v = opts.get(name);
    if (v == null || v.isEmpty()) {
      throw new UsageException("give --" + name + " at least once");
    }
    return v;
  }

  private static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
