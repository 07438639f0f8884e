import { expect, type Locator, type Page } from '@playwright/test';

/** The demo school's administrator, as the login screen's hint names them. */
const demoAdministrator = { login: 'admin', password: 'demo-admin' };

export class LoginPage {
  readonly login: Locator;
  readonly password: Locator;
  readonly demoHint: Locator;

  constructor(private readonly page: Page) {
    this.login = page.locator('[name=login]');
    this.password = page.locator('[name=password]');
    this.demoHint = page.locator('[data-testid=demo-hint]');
  }

  /** The button that signs in, named in the language the screen is shown in. */
  signInButton(name = 'Увійти'): Locator {
    return this.page.getByRole('button', { name });
  }

  async fill(login: string, password: string): Promise<void> {
    await this.login.fill(login);
    await this.password.fill(password);
  }

  async submit(): Promise<void> {
    await this.signInButton().click();
  }

  /** Signs in as `login` on the login screen already open. */
  async signIn(login: string, password: string): Promise<void> {
    await this.fill(login, password);
    await this.submit();
  }

  /** Opens the app at its tokened address and signs in as the demo school's administrator, as the login hint says. */
  async signInToDemo(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.demoHint).toBeVisible();
    await this.fill(demoAdministrator.login, demoAdministrator.password);
    await this.submit();
    await expect(this.page.locator('[data-testid=home-students]')).toBeVisible();
  }
}
