const storageKey = 'schoolOffice.runToken';

/**
 * Web mode's per-run token arrives once in the address (`#token=…`). It is kept for this tab only and removed
 * from the address bar, so it is not left in history or shown over the user's shoulder.
 */
export function takeRunToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(storageKey, decodeURIComponent(match[1]));
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(storageKey);
}
