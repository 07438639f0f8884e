import packageJson from '../package.json' with { type: 'json' };

/** The server's version, as GET /api/v1/health reports it: the project's release. */
export const serverVersion: string = packageJson.version;
