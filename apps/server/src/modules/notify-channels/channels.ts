import type { NotifyConfig } from '../../config.ts';
import type { AppDeps } from '../../http/context.ts';
import type { AddressLookup, NotificationChannel } from './channel.types.ts';
import { createEmailChannel } from './email.channel.ts';
import { addressOf } from './outbox.repository.ts';
import { createSmsChannel } from './sms.channel.ts';
import { createWecomChannel } from './wecom.channel.ts';

/** Whether this server's configuration turns on any channel. */
export function anyChannelConfigured(notify: NotifyConfig): boolean {
  return Boolean(notify.smtpUrl || notify.smsGatewayUrl || notify.wecom);
}

/**
 * What every database connection of this server tells the outbox trigger (migration
 * 20261205T2000): with no channel to deliver them, notifications are not queued.
 */
export function outboxConnectionSettings(notify: NotifyConfig): Record<string, string> {
  return { 'yuanwu.notify_outbox': anyChannelConfigured(notify) ? 'on' : 'off' };
}

/** The channels this server's configuration turns on (none by default). */
export function configuredChannels(deps: AppDeps): NotificationChannel[] {
  const notify = deps.config.notify;
  const addresses: AddressLookup = async (personId) => {
    const row = await addressOf(deps.db, personId);
    if (!row) return null;
    return {
      email: row.email?.trim() || null,
      phone: row.phone?.trim() || null,
      wecomUserId: row.employee_no.trim() || null,
    };
  };
  const channels: NotificationChannel[] = [];
  if (notify.smtpUrl) {
    channels.push(
      createEmailChannel(
        { smtpUrl: notify.smtpUrl, from: notify.mailFrom, publicUrl: notify.publicUrl },
        addresses,
      ),
    );
  }
  if (notify.smsGatewayUrl) {
    channels.push(
      createSmsChannel(
        { url: notify.smsGatewayUrl, token: notify.smsGatewayToken, publicUrl: notify.publicUrl },
        addresses,
      ),
    );
  }
  if (notify.wecom) {
    channels.push(createWecomChannel({ ...notify.wecom, publicUrl: notify.publicUrl }, addresses));
  }
  return channels;
}
