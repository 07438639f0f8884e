import type { Issue } from '../schemas/issue';
import { formatIssue } from './codes';

const email = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** International or national notation: an optional +, 10 to 15 digits, spaces, hyphens and brackets between. */
const phone = /^\+?[\d\s()-]{10,20}$/;

export function emailIssues(field: string, value: string | undefined): Issue[] {
  return value && !email.test(value.trim()) ? [formatIssue(field, 'email')] : [];
}

export function phoneIssues(field: string, value: string | undefined): Issue[] {
  if (!value) return [];
  const digits = value.replace(/\D/g, '').length;
  return phone.test(value.trim()) && digits >= 10 && digits <= 15 ? [] : [formatIssue(field, 'phone')];
}

/** UNZR, the record number of the UA demographic register: birth date YYYYMMDD, a hyphen, five digits. */
export function unzrIssues(field: string, value: string | undefined): Issue[] {
  return value && !/^\d{8}-\d{5}$/.test(value) ? [formatIssue(field, 'unzr')] : [];
}
