import nodemailer from 'nodemailer';
import type { AddressLookup, NotificationChannel } from './channel.types.ts';
import { composeMessage } from './message.ts';

/** E-mail through the hospital's SMTP relay (SMTP_URL, MAIL_FROM). */
export function createEmailChannel(
  options: { smtpUrl: string; from: string; publicUrl: string | undefined },
  addresses: AddressLookup,
): NotificationChannel {
  // Timeouts and TLS come from the URL's query (e.g. ?connectionTimeout=10000), as nodemailer reads it.
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    name: 'email',
    async deliver(notification) {
      const address = await addresses(notification.recipientId);
      if (!address?.email) return;
      const message = composeMessage(notification, options.publicUrl);
      await transport.sendMail({
        from: options.from,
        to: address.email,
        subject: message.subject,
        text: message.text,
        headers: { 'X-Yuanwu-Notification': notification.id },
      });
    },
  };
}
