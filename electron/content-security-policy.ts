/**
 * The renderer's Content-Security-Policy, sent as a header by both transports (Electron's app:// protocol and
 * web mode). renderer/index.html carries the same policy in a meta tag for a page opened any other way.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
