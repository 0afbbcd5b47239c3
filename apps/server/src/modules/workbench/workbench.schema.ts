import { widgetNames, widgetSlot, type WidgetSlot } from '@yuanwu/contracts';
import { z } from 'zod';

export type { WidgetSlot };

/** A layout: the widgets in order; each widget at most once. */
export const widgetLayout = z
  .array(widgetSlot)
  .max(widgetNames.length)
  .refine((slots) => new Set(slots.map((slot) => slot.widget)).size === slots.length, {
    message: '同一个组件只能放一次',
  });

export const layoutBody = z.strictObject({ layout: widgetLayout });

export const roleCodeParams = z.object({ roleCode: z.string().min(1).max(100) });

export const processKeyParams = z.object({ processKey: z.string().min(1).max(100) });

export const phraseBody = z.strictObject({
  text: z.string().trim().min(1, '请填写意见').max(200, '常用意见不超过 200 字'),
});

export const phraseParams = z.object({ id: z.uuid() });

/** Shown when neither the person nor any of their roles has a layout. */
export const defaultLayout: readonly WidgetSlot[] = [
  { widget: 'counts', span: 2 },
  { widget: 'todo', span: 2 },
  { widget: 'favourites', span: 1 },
  { widget: 'recent', span: 1 },
  { widget: 'notifications', span: 1 },
  { widget: 'started', span: 1 },
];
