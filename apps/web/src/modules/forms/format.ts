import type { Value } from '@yuanwu/form-engine';
import { numberLocale } from '../../ui/locale.ts';
import { formsMessages as m } from './messages.ts';

/** ¥1,234.50: money always with two decimals. */
export function formatMoney(value: number): string {
  return `¥${value.toLocaleString(numberLocale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** A number as people read it: thousands separators, the decimals it has. */
export function formatNumber(value: number): string {
  return value.toLocaleString(numberLocale, { maximumFractionDigits: 6 });
}

/**
 * InputNumber's display of money: thousands separators, no symbol (the prefix shows ¥), and
 * two decimals once the user is not typing (typing keeps what was typed, so "12." survives).
 */
export function moneyFormatter(
  value: string | number | undefined,
  info?: { userTyping: boolean },
): string {
  if (value === undefined || value === '') return '';
  const text =
    info?.userTyping || !Number.isFinite(Number(value)) ? String(value) : Number(value).toFixed(2);
  const [whole = '', decimals] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return decimals === undefined ? grouped : `${grouped}.${decimals}`;
}

export function moneyParser(text: string | undefined): string {
  return (text ?? '').replace(/[¥,\s]/g, '');
}

/** 1.5 MB: a file size for the attachment list. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A value as plain text, for read-only cells of types without their own display. */
export function plainText(value: Value | undefined): string {
  if (value === undefined || value === null || value === '') return '';
  if (Array.isArray(value)) return value.map((item) => plainText(item)).join(m.listSeparator);
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? m.yes : m.no;
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}
