import { z } from 'zod';
import type { AddressLookup, NotificationChannel } from './channel.types.ts';
import { composeMessage } from './message.ts';

const wecomAnswer = z.object({
  errcode: z.number(),
  errmsg: z.string().optional(),
  access_token: z.string().optional(),
  expires_in: z.number().optional(),
});

/** Token errors after which a fresh token is fetched once (invalid, expired). */
const tokenErrors = new Set([40014, 42001]);

/**
 * WeCom (企业微信) application messages: `cgi-bin/gettoken` (cached until
 * shortly before it expires) and `cgi-bin/message/send` with a text message
 * to the person's userid.
 */
export function createWecomChannel(
  options: {
    baseUrl: string;
    corpId: string;
    secret: string;
    agentId: number;
    publicUrl: string | undefined;
  },
  addresses: AddressLookup,
): NotificationChannel {
  let token: { value: string; until: number } | null = null;

  const call = async (path: string, init?: RequestInit) => {
    const response = await fetch(new URL(path, options.baseUrl), {
      ...init,
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`WeCom answered HTTP ${response.status}`);
    return wecomAnswer.parse(await response.json());
  };

  const accessToken = async (): Promise<string> => {
    if (token && token.until > Date.now()) return token.value;
    const query = new URLSearchParams({ corpid: options.corpId, corpsecret: options.secret });
    const answer = await call(`/cgi-bin/gettoken?${query.toString()}`);
    if (answer.errcode !== 0 || !answer.access_token) {
      throw new Error(`WeCom gettoken failed: ${answer.errcode} ${answer.errmsg ?? ''}`);
    }
    const lifetime = (answer.expires_in ?? 7200) * 1000;
    token = { value: answer.access_token, until: Date.now() + Math.max(0, lifetime - 300_000) };
    return token.value;
  };

  const send = async (userId: string, content: string) => {
    const value = await accessToken();
    return call(`/cgi-bin/message/send?access_token=${encodeURIComponent(value)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        touser: userId,
        msgtype: 'text',
        agentid: options.agentId,
        text: { content },
      }),
    });
  };

  return {
    name: 'wecom',
    async deliver(notification) {
      const address = await addresses(notification.recipientId);
      if (!address?.wecomUserId) return;
      const { text } = composeMessage(notification, options.publicUrl);
      let answer = await send(address.wecomUserId, text);
      if (tokenErrors.has(answer.errcode)) {
        token = null;
        answer = await send(address.wecomUserId, text);
      }
      if (answer.errcode !== 0) {
        throw new Error(`WeCom message/send failed: ${answer.errcode} ${answer.errmsg ?? ''}`);
      }
    },
  };
}
