package dev.touchstone.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.net.URI;

/** Short addresses for the generated OpenAPI document and its Swagger UI. */
@Controller
@io.swagger.v3.oas.annotations.Hidden
class ApiDocsController {

  @Get("/swagger-ui")
  public HttpResponse<?> swaggerUi() {
    return HttpResponse.seeOther(URI.create("/swagger-ui/index.html"));
  }

  @Get("/openapi.yml")
  public HttpResponse<?> openApi() {
    return HttpResponse.seeOther(URI.create("/swagger/touchstone-1.yml"));
  }
}
