import type { FieldDefinition } from '@yuanwu/form-engine';
import { formDesignerMessages as m } from '../messages.ts';

/** Every field type the palette offers (the conformance types plus attachment and section). */
export type PaletteType =
  | 'text'
  | 'textarea'
  | 'number'
  | 'money'
  | 'date'
  | 'datetime'
  | 'select'
  | 'multiselect'
  | 'person'
  | 'department'
  | 'table'
  | 'formula'
  | 'attachment'
  | 'section';

export const paletteGroups: { group: 'basic' | 'choice' | 'advanced'; types: PaletteType[] }[] = [
  { group: 'basic', types: ['text', 'textarea', 'number', 'money', 'date', 'datetime'] },
  { group: 'choice', types: ['select', 'multiselect', 'person', 'department'] },
  { group: 'advanced', types: ['table', 'formula', 'attachment', 'section'] },
];

/** Columns a field takes when it has no `span` (the renderer's rule). */
export function spanOf(field: FieldDefinition): number {
  if (field.span) return field.span;
  return field.type === 'textarea' || field.type === 'table' || field.type === 'section' ? 4 : 2;
}

/** A fresh field of the type with a sensible label and layout, under the given key. */
export function newField(type: PaletteType, key: string, label: string): FieldDefinition {
  switch (type) {
    case 'select':
    case 'multiselect':
      return { key, label, type, options: [...m.starters.options] };
    case 'table':
      return {
        key,
        label,
        type,
        span: 4,
        columns: [
          { key: 'item', label: m.starters.item, type: 'text' },
          { key: 'amount', label: m.starters.amount, type: 'money' },
        ],
      };
    case 'formula':
      return { key, label, type, formula: '' };
    case 'section':
      return { key, label, type, span: 4 };
    case 'attachment':
      return { key, label, type, span: 4 };
    case 'textarea':
      return { key, label, type, span: 4 };
    case 'text':
    case 'number':
    case 'money':
    case 'date':
    case 'datetime':
    case 'person':
    case 'department':
      return { key, label, type, span: 2 };
  }
}

/** The default label of a new field: the type's name. */
export function defaultLabel(type: PaletteType, names: Record<string, string>): string {
  return names[type] ?? type;
}
