-- Rotating a subscription's signing secret keeps the one before for a while (previous_secret_expires_at), so that
-- deliveries carry a signature with each and a subscriber can switch to the new secret without losing any.
ALTER TABLE webhook_subscription ADD COLUMN previous_secret VARCHAR(100);
ALTER TABLE webhook_subscription ADD COLUMN previous_secret_expires_at TIMESTAMP WITH TIME ZONE;
