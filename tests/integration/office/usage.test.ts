import { describe, expect, it } from 'vitest';
import { runOffice } from '../../fixtures/office/office-cli';

describe('npm run office -- … used wrongly', { timeout: 120_000 }, () => {
  it('answers an unknown command with the usage on stderr and exit code 2', () => {
    const run = runOffice('frobnicate', '--data-dir', '/tmp/x');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Error: unknown command: frobnicate');
    expect(run.stderr).toContain('npm run office -- backup --data-dir DIR [--out FILE]');
    expect(run.stdout).toBe('');
  });

  it('answers a missing required flag with the usage and exit code 2', () => {
    const run = runOffice('restore', '--data-dir', '/tmp/x');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Error: restore needs --from');
    expect(run.stderr).toContain('Usage:');
  });

  it('answers an unknown flag with the usage and exit code 2, without a stack trace', () => {
    const run = runOffice('backup', '--data-dir', '/tmp/x', '--bogus', 'y');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^Error: .*--bogus/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a data folder without a database, creating nothing', () => {
    const run = runOffice('verify-audit', '--data-dir', '/tmp/school-office-no-such-folder');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('Error: /tmp/school-office-no-such-folder holds no School Office database (school-office.sqlite)\n');
  });

  it('prints the usage on stdout when asked for help', () => {
    const run = runOffice('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('npm run office -- sync --data-dir DIR [--server URL --token TOKEN]');
  });
});
