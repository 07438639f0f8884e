import { describe, expect, it } from 'vitest';
import { helpHosts, mayOpenExternally, verificationHost } from '../../../electron/main/external-links';

const hosts = [...helpHosts, 'sync.school.ua'];
const help = `https://${helpHosts[0] ?? ''}`;

describe('links the renderer may open in the browser', () => {
  it('opens the help site over https', () => {
    expect(mayOpenExternally(`${help}/uk/audit#anchor`, hosts)).toBe(true);
  });

  it("opens the central server's verification page", () => {
    expect(mayOpenExternally('https://sync.school.ua/verify/ABCD-EFGH-JKMN-PQRS', hosts)).toBe(true);
  });

  it('refuses any other https host', () => {
    expect(mayOpenExternally('https://example.org/', hosts)).toBe(false);
  });

  it('refuses a host that only ends or begins like an allowed one', () => {
    expect(mayOpenExternally('https://evil-sync.school.ua/', hosts)).toBe(false);
    expect(mayOpenExternally('https://sync.school.ua.evil.org/', hosts)).toBe(false);
  });

  it('refuses plain http and other schemes', () => {
    expect(mayOpenExternally('http://sync.school.ua/verify/X', hosts)).toBe(false);
    expect(mayOpenExternally('file:///etc/passwd', hosts)).toBe(false);
    expect(mayOpenExternally('javascript:alert(1)', hosts)).toBe(false);
    expect(mayOpenExternally('ms-msdt:/id PCWDiagnostic', hosts)).toBe(false);
  });

  it('refuses credentials and other ports, which can disguise the real target', () => {
    expect(mayOpenExternally('https://sync.school.ua@evil.org/', hosts)).toBe(false);
    expect(mayOpenExternally('https://user:pw@sync.school.ua/', hosts)).toBe(false);
    expect(mayOpenExternally('https://sync.school.ua:8443/', hosts)).toBe(false);
  });

  it('refuses what is not a URL', () => {
    expect(mayOpenExternally('sync.school.ua/verify', hosts)).toBe(false);
    expect(mayOpenExternally('', hosts)).toBe(false);
  });

  it('takes the verification host only from an https server address', () => {
    expect(verificationHost('https://sync.school.ua')).toBe('sync.school.ua');
    expect(verificationHost('http://127.0.0.1:8787')).toBeNull();
    expect(verificationHost('not a url')).toBeNull();
    expect(verificationHost(null)).toBeNull();
  });
});
