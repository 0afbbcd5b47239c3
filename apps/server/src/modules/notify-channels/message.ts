import type { DeliveredNotification } from './channel.types.ts';

const kindText: Record<DeliveredNotification['kind'], string> = {
  task: '您有一项新的待办',
  cc: '有一项流程抄送给您',
  urge: '您的待办被催办',
  timeout: '您的待办已超时',
  result: '您发起的流程已有结果',
};

/** The short text every channel sends, with a link when PUBLIC_URL is set. */
export function composeMessage(notification: DeliveredNotification, publicUrl: string | undefined) {
  const subject = `【院务】${kindText[notification.kind]}：${notification.instanceTitle}`;
  const link = publicUrl
    ? new URL(`/workflow/instances/${notification.instanceId}`, publicUrl).toString()
    : null;
  const text = link ? `${subject}\n${link}` : subject;
  return { subject, text, link };
}
