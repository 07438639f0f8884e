import { homedir } from 'node:os';
import { join } from 'node:path';

/** Which database the app opens: the demo school, or the school's real data. They never share a folder. */
export type Profile = 'demo' | 'school';

/** The per-user data folder outside Electron (web mode); Electron uses app.getPath('userData') instead. */
export function defaultDataFolder(profile: Profile): string {
  const base =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(homedir(), 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'));
  return join(base, 'school-office', profile);
}
