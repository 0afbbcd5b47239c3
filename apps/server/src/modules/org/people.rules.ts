import type { Gender } from './org.types.ts';

/** Mainland mobile numbers (11 digits, 13x–19x). */
export const mobilePattern = /^1[3-9]\d{9}$/;
/** Landlines: area code, number, optional extension (010-12345678, 0754-8888888-123). */
export const landlinePattern = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Employee numbers: letters, digits and dashes, as hospital HR systems issue them. */
export const employeeNoPattern = /^[A-Za-z0-9-]{1,32}$/;

/** True for a mainland mobile or a landline number. */
export function isPhone(text: string): boolean {
  return mobilePattern.test(text) || landlinePattern.test(text);
}

/** 性别 as written in spreadsheets and shown in the UI. */
export const genderLabels: Record<Gender, string> = { male: '男', female: '女', unknown: '未知' };

/** Reads 男/女/未知 (or blank) into a gender; null when it is something else. */
export function parseGender(text: string): Gender | null {
  const value = text.trim();
  if (value === '') return 'unknown';
  if (value === '男' || value.toLowerCase() === 'male' || value.toUpperCase() === 'M')
    return 'male';
  if (value === '女' || value.toLowerCase() === 'female' || value.toUpperCase() === 'F')
    return 'female';
  if (value === '未知') return 'unknown';
  return null;
}
