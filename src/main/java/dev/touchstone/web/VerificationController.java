package dev.touchstone.web;

import dev.touchstone.verification.InvalidField;
import dev.touchstone.verification.Jurisdictions;
import dev.touchstone.verification.Verification;
import dev.touchstone.verification.VerificationRequest;
import dev.touchstone.verification.VerificationStore;
import dev.touchstone.verification.Verifier;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/v1/verifications")
@ExecuteOn(TaskExecutors.BLOCKING)
public class VerificationController {
  private final Verifier verifier;
  private final VerificationStore store;
  private final Jurisdictions jurisdictions;

  public VerificationController(Verifier verifier, VerificationStore store, Jurisdictions jurisdictions) {
    this.verifier = verifier;
    this.store = store;
    this.jurisdictions = jurisdictions;
  }

  /** Verifies a therapist and stores the answer; 201 with its Location. */
  @Post
  @Consumes(MediaType.APPLICATION_JSON)
  public HttpResponse<String> verify(@Nullable @Body VerificationRequest body) {
    if (body == null) {
      throw ApiProblemException.invalid("body", "send a JSON object such as {\"name\": \"Jane Doe\", \"state\": \"WA\"}");
    }
    VerificationRequest request = body.tidy();
    List<InvalidField> problems = request.problems(jurisdictions);
    if (!problems.isEmpty()) {
      throw ApiProblemException.invalid(problems.stream().map(p -> new Problem.FieldError(p.field(), p.message())).toList());
    }
    Verification verification = verifier.verify(request);
    String json = store.save(verification);
    return HttpResponse.created(json, URI.create("/api/v1/verifications/" + verification.id()))
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /** The verification exactly as it was issued. */
  @Get("/{id}")
  public HttpResponse<String> find(String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw ApiProblemException.invalid("id", "a verification id is a UUID such as 3f2b9c4e-0c1a-4d4e-9d8f-2a6b1c7e5f10");
    }
    String json = store.find(uuid).orElseThrow(() -> ApiProblemException.notFound("no verification " + id + " is kept here"));
    return HttpResponse.ok(json).contentType(MediaType.APPLICATION_JSON_TYPE);
  }
}
