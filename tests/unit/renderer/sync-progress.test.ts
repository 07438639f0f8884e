import { describe, expect, it } from 'vitest';
import { progressFraction, progressPercent } from '../../../renderer/src/screens/sync/sync-progress';

describe('the Sync all progress bar', () => {
  it('is indeterminate before the backend reports any progress', () => {
    expect(progressFraction(null)).toBeNull();
  });

  it('fills with the share of changes sent while pushing', () => {
    expect(progressFraction({ phase: 'push', sent: 1500, toSend: 6000, received: 0 })).toBe(0.25);
  });

  it('is indeterminate while pushing with nothing counted to send', () => {
    expect(progressFraction({ phase: 'push', sent: 0, toSend: 0, received: 0 })).toBeNull();
  });

  it('is indeterminate while pulling, whose total the server does not tell', () => {
    expect(progressFraction({ phase: 'pull', sent: 10, toSend: 10, received: 300 })).toBeNull();
  });

  it('is full when the run is done', () => {
    expect(progressFraction({ phase: 'done', sent: 10, toSend: 10, received: 3 })).toBe(1);
  });

  it('never overflows when more was sent than counted at the start', () => {
    expect(progressFraction({ phase: 'push', sent: 12, toSend: 10, received: 0 })).toBe(1);
  });

  it('shows whole percentages, rounded down so 100% means finished', () => {
    expect(progressPercent({ phase: 'push', sent: 1999, toSend: 2000, received: 0 })).toBe(99);
  });
});
