import { describe, expect, it } from 'vitest';
import { effectiveGrants, type Role } from '../../../core/auth/permissions';
import { mayCall } from '../../../renderer/src/state/may-call';
import type { MethodName } from '../../../core/api/contract';

const offers = (roles: Role[], method: MethodName) => mayCall(effectiveGrants(roles), method);

describe('what the UI offers a user', () => {
  it('offers the administrator the settings and not the cards, which are personal data', () => {
    expect(offers(['administrator'], 'sync.settings')).toBe(true);
    expect(offers(['administrator'], 'users.list')).toBe(true);
    expect(offers(['administrator'], 'students.list')).toBe(false);
  });

  it('offers the director the year-end', () => {
    expect(offers(['director'], 'yearEnd.apply')).toBe(true);
  });

  it('hides what a role may not call: a secretary does not configure sync, a deputy makes no orders', () => {
    expect(offers(['secretary'], 'sync.settings')).toBe(false);
    expect(offers(['secretary'], 'sync.start')).toBe(true);
    expect(offers(['deputy'], 'orders.create')).toBe(false);
    expect(offers(['deputy'], 'students.list')).toBe(true);
  });

  it('offers a scoped grant only where the backend checks the object: the class teacher lists students, not orders', () => {
    expect(offers(['class_teacher'], 'students.list')).toBe(true);
    expect(offers(['class_teacher'], 'orders.list')).toBe(false);
  });

  it('offers the union of several roles', () => {
    expect(offers(['subject_teacher'], 'students.list')).toBe(false);
    expect(offers(['subject_teacher', 'secretary'], 'students.list')).toBe(true);
  });

  it('offers nothing to nobody signed in', () => {
    expect(mayCall([], 'home.summary')).toBe(false);
  });
});
