import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { app, BrowserWindow, ipcMain, Menu, net, protocol, safeStorage, session, shell } from 'electron';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { createBackend } from '../backend/backend';
import { seedDemoSchoolOnFirstRun } from '../backend/demo/seed-demo-school';
import { plainSecretStore, type SecretStore } from '../backend/sync/secret-store';
import { adoptLocalServer } from '../backend/sync/sync-settings';
import { localServerEnv } from '../local-server-env';
import { contentSecurityPolicy } from '../content-security-policy';

const APP_ORIGIN = 'app://school-office';
const rendererDir = resolve(__dirname, '../dist/renderer');

const { values } = parseArgs({
  args: process.argv.slice(app.isPackaged ? 1 : 2),
  options: { profile: { type: 'string', default: 'school' }, 'data-dir': { type: 'string' } },
  strict: false,
});
const profile = values.profile === 'demo' ? 'demo' : 'school';
const dataDir = typeof values['data-dir'] === 'string' ? values['data-dir'] : join(app.getPath('userData'), profile);

const invokeSchema = z.object({ method: z.string().max(100), input: z.unknown(), session: z.string().max(200).nullable() });

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

/** Serves the built renderer from app://school-office/ with the CSP header; nothing outside its folder. */
function serveRenderer() {
  protocol.handle('app', async (request) => {
    const { pathname } = new URL(request.url);
    const file = resolve(rendererDir, `.${decodeURIComponent(pathname === '/' ? '/index.html' : pathname)}`);
    if (!file.startsWith(rendererDir)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    return new Response(response.body, { status: response.status, headers });
  });
}

function isAppFrame(url: string | undefined): boolean {
  return url !== undefined && url.startsWith(`${APP_ORIGIN}/`);
}

function lockDown() {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppFrame(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (url.startsWith('https://')) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

/** The sync token sealed by the OS keychain where there is one (DPAPI, Keychain, libsecret). */
function osSecretStore(): SecretStore {
  if (!safeStorage.isEncryptionAvailable()) return plainSecretStore;
  return {
    kind: 'os',
    seal: (secret) => safeStorage.encryptString(secret).toString('base64'),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}

/** `npm start` ran the demo's central server locally and passed it here; a server the user configured wins. */
function adoptDemoCentralServer(db: Database.Database, secrets: SecretStore): void {
  const url = process.env[localServerEnv.url];
  const token = process.env[localServerEnv.token];
  delete process.env[localServerEnv.token];
  if (profile === 'demo' && url && token) adoptLocalServer(db, secrets, url, token);
}

async function start() {
  await app.whenReady();
  lockDown();
  serveRenderer();
  const secrets = osSecretStore();
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
  const backend = createBackend({ dataDir, secrets, resourcesDir, scheduledBackups: true });
  if (profile === 'demo') await seedDemoSchoolOnFirstRun(backend);
  adoptDemoCentralServer(backend.db, secrets);
  app.on('before-quit', () => backend.close());

  ipcMain.handle('school-office:invoke', async (event, payload: unknown) => {
    if (!isAppFrame(event.senderFrame?.url)) return { ok: false, error: { code: 'FORBIDDEN' } };
    const call = invokeSchema.safeParse(payload);
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
  await window.loadURL(`${APP_ORIGIN}/index.html`);
}

app.on('window-all-closed', () => app.quit());
void start();
