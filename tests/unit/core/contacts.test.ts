import { describe, expect, it } from 'vitest';
import { emailIssues, phoneIssues, unzrIssues } from '../../../core/rules/contacts';

describe('e-mail', () => {
  it('accepts name@example.com', () => {
    expect(emailIssues('email', 'name@example.com')).toEqual([]);
  });

  it('does not judge an absent address', () => {
    expect(emailIssues('email', undefined)).toEqual([]);
  });

  it('reports FORMAT with the format "email" for an address without a domain', () => {
    expect(emailIssues('guardians.0.email', 'name@')).toEqual([{ code: 'FORMAT', severity: 'error', field: 'guardians.0.email', params: { format: 'email' } }]);
  });
});

describe('phone', () => {
  it('accepts an international number with spaces', () => {
    expect(phoneIssues('phone', '+380 67 123 45 67')).toEqual([]);
  });

  it('accepts a national number with brackets and hyphens', () => {
    expect(phoneIssues('phone', '(067) 123-45-67')).toEqual([]);
  });

  it('does not judge an absent number', () => {
    expect(phoneIssues('phone', undefined)).toEqual([]);
  });

  it('reports FORMAT with the format "phone" for nine digits', () => {
    expect(phoneIssues('phone', '067123456')).toEqual([{ code: 'FORMAT', severity: 'error', field: 'phone', params: { format: 'phone' } }]);
  });

  it('reports FORMAT for sixteen digits', () => {
    expect(phoneIssues('phone', '+3806712345678901').map((i) => i.code)).toEqual(['FORMAT']);
  });

  it('reports FORMAT for letters', () => {
    expect(phoneIssues('phone', '+380 67 ABC 45 67').map((i) => i.code)).toEqual(['FORMAT']);
  });
});

describe('UNZR', () => {
  it('accepts YYYYMMDD-NNNNN', () => {
    expect(unzrIssues('unzr', '20150314-01234')).toEqual([]);
  });

  it('does not judge an absent UNZR', () => {
    expect(unzrIssues('unzr', undefined)).toEqual([]);
  });

  it('reports FORMAT with the format "unzr" without the hyphen', () => {
    expect(unzrIssues('unzr', '2015031401234')).toEqual([{ code: 'FORMAT', severity: 'error', field: 'unzr', params: { format: 'unzr' } }]);
  });
});
