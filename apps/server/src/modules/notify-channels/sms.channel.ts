import type { AddressLookup, NotificationChannel } from './channel.types.ts';
import { composeMessage } from './message.ts';

/**
 * SMS through a generic HTTP gateway: `POST SMS_GATEWAY_URL` with JSON
 * `{ to, text, id }` and `Authorization: Bearer SMS_GATEWAY_TOKEN`; any 2xx
 * is success. `id` lets the gateway drop a repeated delivery.
 */
export function createSmsChannel(
  options: { url: string; token: string | undefined; publicUrl: string | undefined },
  addresses: AddressLookup,
): NotificationChannel {
  return {
    name: 'sms',
    async deliver(notification) {
      const address = await addresses(notification.recipientId);
      if (!address?.phone) return;
      const message = composeMessage(notification, options.publicUrl);
      const response = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({ to: address.phone, text: message.text, id: notification.id }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}
