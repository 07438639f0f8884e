import { describe, expect, it } from 'vitest';
import { roleMayCall } from '../../../renderer/src/state/may-call';

describe('what the UI offers a user', () => {
  it('offers the administrator and the director everything, as the backend grants them', () => {
    expect(roleMayCall('administrator', 'sync.settings')).toBe(true);
    expect(roleMayCall('director', 'yearEnd.apply')).toBe(true);
  });

  it('hides what a role may not call: a secretary does not configure sync, a deputy makes no orders', () => {
    expect(roleMayCall('secretary', 'sync.settings')).toBe(false);
    expect(roleMayCall('secretary', 'sync.start')).toBe(true);
    expect(roleMayCall('deputy', 'orders.create')).toBe(false);
    expect(roleMayCall('deputy', 'students.list')).toBe(true);
  });

  it('offers nothing to nobody signed in', () => {
    expect(roleMayCall(null, 'home.summary')).toBe(false);
  });
});
