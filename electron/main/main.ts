import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { app, BrowserWindow, ipcMain, Menu, net, protocol, safeStorage, session, shell } from 'electron';
import { invokeEnvelopeSchema } from '../../core/api/invoke-envelope';
import { startBackendHost, type BackendHost } from '../backend/host/backend-host';
import { localServerEnv } from '../local-server-env';
import { contentSecurityPolicy } from '../content-security-policy';
import { helpHosts, mayOpenExternally, verificationHost } from './external-links';
import { rendererFile } from './renderer-file';

const APP_ORIGIN = 'app://school-office';
const rendererDir = resolve(__dirname, '../dist/renderer');

const { values } = parseArgs({
  args: process.argv.slice(app.isPackaged ? 1 : 2),
  options: { profile: { type: 'string', default: 'school' }, 'data-dir': { type: 'string' } },
  strict: false,
});
const profile = values.profile === 'demo' ? 'demo' : 'school';
const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : join(app.getPath('userData'), profile);

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

/** Serves the built renderer from app://school-office/ with the CSP header; nothing outside its folder. */
function serveRenderer() {
  protocol.handle('app', async (request) => {
    const file = rendererFile(rendererDir, new URL(request.url).pathname);
    if (file === null) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    return new Response(response.body, { status: response.status, headers });
  });
}

function isAppFrame(url: string | undefined): boolean {
  return url !== undefined && url.startsWith(`${APP_ORIGIN}/`);
}

/** `serverUrl` answers the configured central server at the moment a link is clicked: its verification pages may open. */
function lockDown(serverUrl: () => Promise<string | null>) {
  const linkHosts = (server: string | null) => [...helpHosts, ...[verificationHost(server)].filter((h) => h !== null)];
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppFrame(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      void serverUrl().then((server) => {
        if (mayOpenExternally(url, linkHosts(server))) void shell.openExternal(url);
      });
      return { action: 'deny' };
    });
  });
}

/**
 * The key that seals the sync token, kept on disk sealed by the OS keychain (DPAPI, Keychain, libsecret) and handed
 * to the backend's thread in memory; none where the OS has no keychain (the token is then kept plain).
 */
function secretKey(): Uint8Array | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  const file = join(dataDir, 'secret-key.sealed');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, safeStorage.encryptString(randomBytes(32).toString('base64')), { mode: 0o600 });
  }
  return Buffer.from(safeStorage.decryptString(readFileSync(file)), 'base64');
}

/** `npm start` ran the demo's central server locally and passed it here; a server the user configured wins. */
async function adoptDemoCentralServer(backend: BackendHost): Promise<void> {
  const url = process.env[localServerEnv.url];
  const token = process.env[localServerEnv.token];
  delete process.env[localServerEnv.token];
  if (profile === 'demo' && url && token && !backend.ready.hasOwnServer) await backend.adoptServer(url, token);
}

async function start() {
  await app.whenReady();
  serveRenderer();
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
  // The backend and its long jobs run on threads of their own: this process only draws the window and forwards.
  const backend = await startBackendHost({
    dataDir,
    resourcesDir,
    seedDemo: profile === 'demo',
    secretKey: secretKey(),
    scripts: { backend: join(__dirname, 'backend-worker.cjs'), jobs: join(__dirname, 'job-worker.cjs') },
  });
  lockDown(() => backend.serverUrl());
  await adoptDemoCentralServer(backend);
  app.on('before-quit', () => void backend.close());

  ipcMain.handle('school-office:invoke', async (event, payload: unknown) => {
    if (!isAppFrame(event.senderFrame?.url)) return { ok: false, error: { code: 'FORBIDDEN' } };
    const call = invokeEnvelopeSchema.safeParse(payload);
    if (!call.success) return { ok: false, error: { code: 'INVALID_INPUT', params: { reason: 'envelope' } } };
    return backend.invoke(call.data.method, call.data.input, call.data.session);
  });

  Menu.setApplicationMenu(Menu.buildFromTemplate([{ role: 'fileMenu' }, { role: 'editMenu' }, { role: 'viewMenu' }, { role: 'windowMenu' }]));
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    title: 'School Office',
    webPreferences: {
      preload: join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  backend.onProgress((progress) => {
    if (!window.isDestroyed()) window.webContents.send('school-office:progress', progress);
  });
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('window-all-closed', () => app.quit());
void start();
