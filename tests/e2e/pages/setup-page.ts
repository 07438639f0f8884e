import type { Page } from '@playwright/test';

export interface NewSchool {
  code: string;
  name: string;
  adminFullName: string;
  adminLogin: string;
  adminPassword: string;
}

/** The first-run screen that creates the school and its administrator. */
export class SetupPage {
  constructor(private readonly page: Page) {}

  async fill(school: NewSchool): Promise<void> {
    await this.page.locator('[name="school.code"]').fill(school.code);
    await this.page.locator('[name="school.name"]').fill(school.name);
    await this.page.locator('[name="admin.fullName"]').fill(school.adminFullName);
    await this.page.locator('[name="admin.login"]').fill(school.adminLogin);
    await this.page.locator('[name="admin.password"]').fill(school.adminPassword);
    await this.page.locator('[name="admin.passwordRepeat"]').fill(school.adminPassword);
  }

  async createSchool(): Promise<void> {
    await this.page.getByRole('button', { name: 'Створити школу' }).click();
  }
}
