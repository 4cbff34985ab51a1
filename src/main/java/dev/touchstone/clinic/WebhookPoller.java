package dev.touchstone.clinic;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/**
 * Runs the webhook outbox every few seconds; {@code touchstone.webhooks.scheduled=false} leaves it
 * to the caller (tests).
 */
@Singleton
@Requires(property = "touchstone.webhooks.scheduled", notEquals = "false")
class WebhookPoller {
  private final WebhookDispatcher dispatcher;

  WebhookPoller(WebhookDispatcher dispatcher) {
    this.dispatcher = dispatcher;
  }

  @Scheduled(
      fixedDelay = "${touchstone.webhooks.poll:5s}",
      initialDelay = "${touchstone.webhooks.poll:5s}")
  void poll() {
    dispatcher.poll();
  }
}
