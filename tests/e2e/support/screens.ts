import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Screenshots of the screens, kept as test artefacts for people to look at. */
const screens = resolve(import.meta.dirname, '../../../test-results/screens');
mkdirSync(screens, { recursive: true });

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(screens, `${name}.png`) });
}

/** Opens the app at its tokened address and signs in as the demo school's administrator, as the login hint says. */
export async function logInToDemo(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('[data-testid=demo-hint]')).toBeVisible();
  await page.locator('[name=login]').fill('admin');
  await page.locator('[name=password]').fill('demo-admin');
  await page.getByRole('button', { name: 'Увійти' }).click();
  await expect(page.locator('[data-testid=home-students]')).toBeVisible();
}
