/**
 * Which links the renderer may hand to the operating system's browser. The renderer is untrusted: a link in a card
 * (a guardian's "website") or an injected page must not reach `shell.openExternal`, which can start other programs
 * through their URL schemes. Only https pages of the app's own hosts pass: its help site and the central server,
 * whose `/verify/CODE` pages the archive's QR codes point at.
 */
export const helpHosts: readonly string[] = ['help.school-office.org'];

/** The host of a configured central server address, when it is an https one (verification pages are only opened over https). */
export function verificationHost(serverUrl: string | null): string | null {
  if (serverUrl === null) return null;
  try {
    const url = new URL(serverUrl);
    return url.protocol === 'https:' ? url.hostname : null;
  } catch {
    return null;
  }
}

/** True only for an `https:` URL without credentials on one of `hosts` (exact host, default port). */
export function mayOpenExternally(link: string, hosts: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return false;
  return hosts.includes(url.hostname);
}
