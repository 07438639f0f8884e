import { describe, expect, it } from 'vitest';
import { isFinished, progressPercent, useProgressStore } from '../../../renderer/src/state/progress-store';

describe('a long job\'s progress bar', () => {
  it('is indeterminate before the job reports anything', () => {
    expect(progressPercent(null)).toBeNull();
  });

  it('fills with the share of the work done', () => {
    expect(progressPercent({ job: 'sync.start', phase: 'push', done: 1500, total: 6000 })).toBe(25);
  });

  it('is indeterminate while the size is not known (total 0), as in the pull of Sync all', () => {
    expect(progressPercent({ job: 'sync.start', phase: 'pull', done: 300, total: 0 })).toBeNull();
    expect(progressPercent({ job: 'yearEnd.apply', phase: 'checking', done: 0, total: 0 })).toBeNull();
  });

  it('is full when the job is done', () => {
    expect(progressPercent({ job: 'yearEnd.apply', phase: 'done', done: 0, total: 0 })).toBe(100);
  });

  it('never overflows when more was done than counted at the start', () => {
    expect(progressPercent({ job: 'sync.start', phase: 'push', done: 12, total: 10 })).toBe(100);
  });

  it('shows whole percentages, rounded down so 100% means finished', () => {
    expect(progressPercent({ job: 'yearEnd.apply', phase: 'backup', done: 1999, total: 2000 })).toBe(99);
  });

  it('counts a job as finished on done or failed only', () => {
    expect(isFinished({ job: 'sync.start', phase: 'failed', done: 0, total: 0 })).toBe(true);
    expect(isFinished({ job: 'sync.start', phase: 'done', done: 1, total: 1 })).toBe(true);
    expect(isFinished({ job: 'sync.start', phase: 'pull', done: 5, total: 0 })).toBe(false);
    expect(isFinished(null)).toBe(false);
  });
});

describe('the progress store', () => {
  it('keeps the latest event of each job apart, and forgets a job on clear', () => {
    const store = useProgressStore.getState();
    store.receive({ job: 'sync.start', phase: 'push', done: 1, total: 10 });
    store.receive({ job: 'yearEnd.apply', phase: 'backup', done: 5, total: 50 });
    store.receive({ job: 'sync.start', phase: 'pull', done: 3, total: 0 });
    expect(useProgressStore.getState().latest['sync.start']).toEqual({ job: 'sync.start', phase: 'pull', done: 3, total: 0 });
    expect(useProgressStore.getState().latest['yearEnd.apply']?.phase).toBe('backup');
    store.clear('sync.start');
    expect(useProgressStore.getState().latest['sync.start']).toBeUndefined();
    expect(useProgressStore.getState().latest['yearEnd.apply']?.phase).toBe('backup');
  });
});
