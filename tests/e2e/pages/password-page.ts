import type { Locator, Page } from '@playwright/test';

/** The change-password screen: forced after a new or reset password, or opened from the header. */
export class PasswordPage {
  readonly screen: Locator;

  constructor(private readonly page: Page) {
    this.screen = page.locator('[data-testid=change-password]');
  }

  async change(current: string, next: string): Promise<void> {
    await this.screen.locator('[name=currentPassword]').fill(current);
    await this.screen.locator('[name=newPassword]').fill(next);
    await this.screen.locator('[name=repeatPassword]').fill(next);
    await this.screen.getByRole('button', { name: 'Змінити пароль' }).click();
  }
}
