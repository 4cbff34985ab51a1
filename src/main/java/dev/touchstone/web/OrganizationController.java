package dev.touchstone.web;

import dev.touchstone.clinic.Organizations;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Operators create organizations and manage their keys (admin key). A key is in the answer that
 * issues it and nowhere else; rotating is issuing a new one, then revoking the old.
 */
@Controller("/api/v1/organizations")
@Tag(name = "Organizations")
@SecurityRequirement(name = ApiDoc.ADMIN)
@ApiResponse(responseCode = "401", ref = ApiDoc.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = ApiDoc.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = ApiDoc.TOO_MANY)
@ExecuteOn(TaskExecutors.BLOCKING)
class OrganizationController {
  private final Organizations organizations;
  private final AdminKey admin;

  public OrganizationController(Organizations organizations, AdminKey admin) {
    this.organizations = organizations;
    this.admin = admin;
  }

  @Serdeable
  public record NewOrganization(@Nullable String name) {}

  @Serdeable
  public record NewKey(@Nullable String label) {}

  @Serdeable
  public record Created(UUID id, String name, UUID keyId, String keyLabel, String apiKey) {}

  @Serdeable
  public record Issued(UUID keyId, String label, String apiKey) {}

  @Serdeable
  public record Keys(UUID organizationId, List<Organizations.KeyInfo> keys) {}

  /** Creates an organization with its first key, shown here only. */
  @Post
  @ApiResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = Created.class)))
  @ApiResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  @Operation(operationId = "createOrganization")
  public HttpResponse<Created> create(
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key,
      @Nullable @Body NewOrganization body) {
    admin.require(key);
    String name = body == null || body.name() == null ? null : body.name().strip();
    if (name == null || name.isEmpty() || name.length() > 200) {
      throw ApiProblemException.invalid(
          "name",
          "is required: the organization's name, up to 200 characters, e.g. "
              + "{\"name\": \"Riverside Physical Therapy\"}");
    }
    Organizations.Organization organization = organizations.create(name);
    Organizations.IssuedKey issued = organizations.issueKey(organization.id(), "first key");
    return HttpResponse.created(
        new Created(
            organization.id(),
            organization.name(),
            issued.keyId(),
            issued.label(),
            issued.apiKey()),
        URI.create("/api/v1/organizations/" + organization.id()));
  }

  /** Issues another key for the organization, shown here only. */
  @Post("/{id}/keys")
  @ApiResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = Issued.class)))
  @ApiResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  @ApiResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @Operation(operationId = "issueKey")
  public HttpResponse<Issued> issue(
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key,
      String id,
      @Nullable @Body NewKey body) {
    admin.require(key);
    UUID organization = existing(id);
    String label =
        body == null || body.label() == null || body.label().isBlank()
            ? "key"
            : body.label().strip();
    if (label.length() > 100) {
      throw ApiProblemException.invalid(
          "label", "must be at most 100 characters, e.g. \"front desk\"");
    }
    Organizations.IssuedKey issued = organizations.issueKey(organization, label);
    return HttpResponse.created(new Issued(issued.keyId(), issued.label(), issued.apiKey()));
  }

  /**
   * The organization's keys: their labels and when they were issued, used and revoked, never the
   * keys.
   */
  @Get("/{id}/keys")
  @ApiResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  @ApiResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @Operation(operationId = "listKeys")
  public Keys keys(@Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key, String id) {
    admin.require(key);
    UUID organization = existing(id);
    return new Keys(organization, organizations.keys(organization));
  }

  /** Revokes a key at once. */
  @Delete("/{id}/keys/{keyId}")
  // No body on success: a client generated from the document accepts only the problem type.
  @Produces({MediaType.APPLICATION_JSON, ApiDoc.PROBLEM})
  @ApiResponse(responseCode = "204", description = "the key no longer works")
  @ApiResponse(responseCode = "400", ref = ApiDoc.BAD_REQUEST)
  @ApiResponse(responseCode = "404", ref = ApiDoc.NOT_FOUND)
  @Operation(operationId = "revokeKey")
  public HttpResponse<Void> revoke(
      @Parameter(hidden = true) @Nullable @Header("X-Api-Key") String key,
      String id,
      String keyId) {
    admin.require(key);
    UUID organization = existing(id);
    if (!organizations.revokeKey(organization, uuid("keyId", keyId))) {
      throw ApiProblemException.notFound("organization " + organization + " has no key " + keyId);
    }
    return HttpResponse.noContent();
  }

  private UUID existing(String id) {
    UUID organization = uuid("id", id);
    if (organizations.find(organization).isEmpty()) {
      throw ApiProblemException.notFound("no organization " + organization);
    }
    return organization;
  }

  static UUID uuid(String field, String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw ApiProblemException.invalid(
          field, "is a UUID such as 3f2b9c4e-0c1a-4d4e-9d8f-2a6b1c7e5f10");
    }
  }
}
