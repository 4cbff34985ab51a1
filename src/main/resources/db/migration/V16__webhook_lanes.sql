-- Deliveries are sent one organization at a time, oldest first (WebhookDispatcher's lanes): the
-- next one due for an organization, and whether one of its deliveries is being sent now.
CREATE INDEX webhook_delivery_lane ON webhook_delivery (organization_id, status, next_attempt_at);
