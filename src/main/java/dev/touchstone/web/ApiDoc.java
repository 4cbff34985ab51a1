package dev.touchstone.web;

/**
 * Names shared by the controllers' OpenAPI annotations: the problem responses and security schemes
 * that src/main/openapi/components.yml defines once for the whole document.
 */
final class ApiDoc {
  static final String BAD_REQUEST = "#/components/responses/BadRequest";
  static final String UNAUTHORIZED = "#/components/responses/Unauthorized";
  static final String FORBIDDEN = "#/components/responses/Forbidden";
  static final String NOT_FOUND = "#/components/responses/NotFound";
  static final String TOO_LARGE = "#/components/responses/PayloadTooLarge";
  static final String TOO_MANY = "#/components/responses/TooManyRequests";

  /** A clinic's key (security scheme). */
  static final String CLINIC = "organizationKey";

  /** The operator's admin key (security scheme). */
  static final String ADMIN = "adminKey";

  static final String CSV = "text/csv";
  static final String PROBLEM = "application/problem+json";

  private ApiDoc() {}
}
