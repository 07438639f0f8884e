import { describe, expect, it } from 'vitest';
import { emptySetupForm, setupInput, setupProblems, type SetupForm } from '../../../renderer/src/screens/setup/setup-form';

const filled: SetupForm = {
  ...emptySetupForm,
  'school.code': '12345678',
  'school.name': 'Ліцей № 1',
  'admin.fullName': 'Коваленко Олена Петрівна',
  'admin.login': 'olena',
  'admin.password': 'correct horse',
  'admin.passwordRepeat': 'correct horse',
};

describe('the first-run form', () => {
  it('accepts a complete form', () => {
    expect(setupProblems(filled)).toEqual({});
  });

  it('asks for the school code', () => {
    expect(setupProblems({ ...filled, 'school.code': '  ' })['school.code']?.key).toBe('validation.required');
  });

  it('refuses a password shorter than 10 characters', () => {
    const problems = setupProblems({ ...filled, 'admin.password': 'short', 'admin.passwordRepeat': 'short' });
    expect(problems['admin.password']).toEqual({ key: 'validation.tooShort', values: { min: 10 } });
  });

  it('refuses passwords that differ', () => {
    expect(setupProblems({ ...filled, 'admin.passwordRepeat': 'correct horsE' })['admin.passwordRepeat']?.key).toBe('validation.passwordsDiffer');
  });

  it('refuses a login with a space', () => {
    expect(setupProblems({ ...filled, 'admin.login': 'olena p' })['admin.login']?.key).toBe('validation.loginChars');
  });

  it('sends the final grade as a number', () => {
    expect(setupInput({ ...filled, 'school.finalGrade': '12' }).school.finalGrade).toBe(12);
  });
});
