package dev.touchstone.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.touchstone.support.NodeTools;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the build generates passes Redocly's recommended rules without an error or a
 * warning: a security scheme on every keyed operation, summaries, servers, 4xx answers, examples
 * that fit their schemas (security-2026-12 F16).
 */
class OpenApiLintTest {

  @Test
  void theDocumentIsCleanUnderRedoclysRecommendedRules() throws Exception {
    NodeTools tools = NodeTools.installed();
    NodeTools.Result lint =
        tools.run(
            "redocly",
            "lint",
            "--extends",
            "recommended",
            "--format",
            "stylish",
            NodeTools.openApiDocument().toString());

    assertThat(lint.exitCode()).as(lint.output()).isZero();
    assertThat(lint.output()).as(lint.output()).doesNotContain("warning", "error");
  }
}
