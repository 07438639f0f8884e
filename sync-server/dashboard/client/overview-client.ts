import type { SchoolJournalsAnswer } from '../../../core/overview/journal-overview';
import type { OverviewAnswer, OverviewView, SchoolIssuesAnswer } from '../../../core/overview/overview';
import type { LoginAnswer, SignedInPerson } from '../../../core/overview/people-auth';
import type { CatalogueRule, CatalogueText } from '../../../core/rules/catalogue';

/** Why a call to the server failed, as the dashboard tells the officer. */
export type CallFailure = { kind: 'wrong-password' } | { kind: 'throttled'; retryAt: string } | { kind: 'session-ended' } | { kind: 'forbidden' } | { kind: 'failed' };

export class CallError extends Error {
  constructor(readonly failure: CallFailure) {
    super(failure.kind);
  }
}

/** The API lives beside the page, so the dashboard works behind a reverse proxy under any path. */
const api = new URL('api/v1/', document.baseURI);

async function failureOf(response: Response, signingIn: boolean): Promise<CallFailure> {
  if (response.status === 401) return signingIn ? { kind: 'wrong-password' } : { kind: 'session-ended' };
  if (response.status === 403) return { kind: 'forbidden' };
  if (response.status === 429 && signingIn) {
    const body = (await response.json().catch(() => null)) as { error?: { details?: { retryAt?: string } } } | null;
    return { kind: 'throttled', retryAt: body?.error?.details?.retryAt ?? new Date(Date.now() + 15 * 60_000).toISOString() };
  }
  return { kind: 'failed' };
}

async function request(path: string, init: RequestInit, signingIn = false): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(new URL(path, api), init);
  } catch {
    throw new CallError({ kind: 'failed' });
  }
  if (!response.ok) throw new CallError(await failureOf(response, signingIn));
  return response;
}

function authorised(token: string): RequestInit {
  return { headers: { Authorization: `Bearer ${token}` } };
}

export async function signIn(login: string, password: string): Promise<LoginAnswer> {
  const response = await request('auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ login, password }) }, true);
  return (await response.json()) as LoginAnswer;
}

export async function signOut(token: string): Promise<void> {
  await request('auth/logout', { ...authorised(token), method: 'POST' }).catch(() => undefined);
}

export async function fetchOverview(token: string): Promise<OverviewAnswer> {
  return (await (await request('overview/schools', authorised(token))).json()) as OverviewAnswer;
}

export async function fetchSchoolIssues(token: string, code: string): Promise<SchoolIssuesAnswer> {
  return (await (await request(`overview/schools/${encodeURIComponent(code)}/issues`, authorised(token))).json()) as SchoolIssuesAnswer;
}

export async function fetchSchoolJournals(token: string, code: string): Promise<SchoolJournalsAnswer> {
  return (await (await request(`overview/schools/${encodeURIComponent(code)}/journals`, authorised(token))).json()) as SchoolJournalsAnswer;
}

/** The titles of the rule catalogue's issue codes, in both languages (public: no token). */
export async function fetchIssueTitles(): Promise<ReadonlyMap<string, CatalogueText>> {
  const { rules } = (await (await request('rules', {})).json()) as { rules: CatalogueRule[] };
  return new Map(rules.map((r) => [r.code, r.title]));
}

/** The workbook of the schools in the view, saved by the browser as a download. */
export async function downloadWorkbook(token: string, view: OverviewView, lang: string): Promise<void> {
  const query = new URLSearchParams({ ...view, lang });
  const response = await request(`overview/schools.xlsx?${query.toString()}`, authorised(token));
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'schools.xlsx';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

export interface KeptSession {
  token: string;
  user: SignedInPerson;
}

const sessionKey = 'school-office-overview-session';

/**
 * The session lives in this tab's sessionStorage: a reload keeps it, closing the tab forgets it, and other tabs and
 * later visitors of the machine never see it (localStorage would keep it on disk for 8 hours).
 */
export function keptSession(): KeptSession | null {
  try {
    const kept = JSON.parse(sessionStorage.getItem(sessionKey) ?? 'null') as KeptSession | null;
    return kept && typeof kept.token === 'string' ? kept : null;
  } catch {
    return null;
  }
}

export function keepSession(session: KeptSession | null): void {
  if (session) sessionStorage.setItem(sessionKey, JSON.stringify(session));
  else sessionStorage.removeItem(sessionKey);
}
