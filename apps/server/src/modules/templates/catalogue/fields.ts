import type { TemplateField } from '../template.types.ts';

/*
 * Fields most hospital forms open with, filled from the signed-in person by
 * default expressions (the server fills absent fields when a form is created).
 */

export const applicant = (label = '申请人'): TemplateField => ({
  key: 'applicant',
  label,
  type: 'person',
  required: true,
  default: { expr: 'initiator.id' },
  span: 2,
});

export const department = (label = '申请科室'): TemplateField => ({
  key: 'department',
  label,
  type: 'department',
  required: true,
  default: { expr: 'initiator.dept' },
  span: 2,
});

export const applyDate = (label = '申请日期'): TemplateField => ({
  key: 'applyDate',
  label,
  type: 'date',
  required: true,
  default: { expr: 'today()' },
  span: 2,
});

export const phone = (label = '联系电话'): TemplateField => ({
  key: 'phone',
  label,
  type: 'text',
  maxLength: 20,
  pattern: '[0-9-]{4,20}',
  placeholder: '手机或院内短号',
  span: 2,
});

/** 申请人、申请科室、申请日期、联系电话: two rows of two. */
export const applicantHeader = (applicantLabel = '申请人'): TemplateField[] => [
  applicant(applicantLabel),
  department(),
  applyDate(),
  phone(),
];

/** A full-width multi-line text. */
export const longText = (
  key: string,
  label: string,
  options: Partial<TemplateField> = {},
): TemplateField => ({ key, label, type: 'textarea', maxLength: 2000, span: 4, ...options });

/** A half-width field of any type. */
export const half = (
  key: string,
  label: string,
  type: string,
  options: Partial<TemplateField> = {},
): TemplateField => ({ key, label, type, span: 2, ...options });

/** A half-width single choice. */
export const choice = (
  key: string,
  label: string,
  options: string[],
  extra: Partial<TemplateField> = {},
): TemplateField => ({ key, label, type: 'select', options, span: 2, ...extra });

/** A money field in yuan, never negative. */
export const money = (
  key: string,
  label: string,
  options: Partial<TemplateField> = {},
): TemplateField => ({ key, label, type: 'money', min: 0, span: 2, ...options });

/** 附件: file ids (form-engine `attachment`). */
export const attachments = (label = '附件', help?: string): TemplateField => ({
  key: 'attachments',
  label,
  type: 'attachment',
  maxFiles: 10,
  span: 4,
  ...(help ? { help } : {}),
});
