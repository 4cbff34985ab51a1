package dev.touchstone;

import dev.touchstone.probe.ProbeCommand;
import dev.touchstone.sync.SyncCommand;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import java.util.Map;

@OpenAPIDefinition(
    info =
        @Info(
            title = "Touchstone",
            version = "1",
            description =
                "Massage-therapist credential verification: license lookup, name search, verification with a verdict "
                    + "and reasons in plain words, batch checks, and the sync of licensing-board data behind them.",
            license =
                @License(
                    name = "Proprietary: Touchstone",
                    url = "https://touchstone.example/terms")))
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    // H2 looks every bound value up in a shared cache of small values, hashing it first; storing a
    // verification spent 3% of its CPU there (async-profiler) to save a few short-lived objects.
    if (System.getProperty("h2.objectCache") == null) {
      System.setProperty("h2.objectCache", "false");
    }
    if (args.length > 0 && args[0].equals("sync")) {
      if (args.length != 2) {
        System.err.println("usage: java -jar touchstone.jar sync <source-id>");
        System.exit(2);
      }
      System.exit(new SyncCommand(System.err).run(args[1], Map.of()));
    }
    if (args.length > 0 && args[0].equals("probe")) {
      if (args.length < 2 || args.length > 3) {
        System.err.println("usage: java -jar touchstone.jar probe <source-id> [url-or-file]");
        System.exit(2);
      }
      System.exit(
          new ProbeCommand(System.out).run(args[1], args.length == 3 ? args[2] : null, Map.of()));
    }
    Micronaut.run(Application.class, args);
  }
}
