import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';

/** Screenshots of the screens, kept as test artefacts for people to look at. */
const screens = resolve(import.meta.dirname, '../../../test-results/screens');
mkdirSync(screens, { recursive: true });

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(screens, `${name}.png`) });
}
