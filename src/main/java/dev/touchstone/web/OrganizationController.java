package dev.touchstone.web;

import dev.touchstone.clinic.Organizations;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Operators create organizations and manage their keys (admin key). A key is in the answer that
 * issues it and nowhere else; rotating is issuing a new one, then revoking the old.
 */
@Controller("/api/v1/organizations")
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

  @Post
  public HttpResponse<Created> create(
      @Nullable @Header("X-Api-Key") String key, @Nullable @Body NewOrganization body) {
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

  @Post("/{id}/keys")
  public HttpResponse<Issued> issue(
      @Nullable @Header("X-Api-Key") String key, String id, @Nullable @Body NewKey body) {
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

  @Get("/{id}/keys")
  public Keys keys(@Nullable @Header("X-Api-Key") String key, String id) {
    admin.require(key);
    UUID organization = existing(id);
    return new Keys(organization, organizations.keys(organization));
  }

  @Delete("/{id}/keys/{keyId}")
  public HttpResponse<Void> revoke(
      @Nullable @Header("X-Api-Key") String key, String id, String keyId) {
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
