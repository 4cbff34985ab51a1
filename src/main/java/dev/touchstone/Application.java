package dev.touchstone;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "Touchstone", version = "1",
    description = "Massage-therapist credential verification: license lookup, name search, verification with a verdict "
        + "and reasons in plain words, batch checks, and the sync of licensing-board data behind them."))
public final class Application {
  private Application() {}

  public static void main(String[] args) {
    Micronaut.run(Application.class, args);
  }
}
