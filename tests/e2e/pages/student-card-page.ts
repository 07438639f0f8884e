import type { Locator, Page } from '@playwright/test';

/** What the secretary types on a new card: a name, a birth date as dd.mm.yyyy, a sex, and maybe a tax number. */
export interface StudentCardFields {
  lastName: string;
  firstName: string;
  middleName: string;
  birthDate: string;
  sex: 'M' | 'F';
  taxId?: string;
}

/** The student card editor, opened over the list. */
export class StudentCardPage {
  readonly editor: Locator;
  readonly issueSummary: Locator;
  /** The acknowledged warnings shown in the issue summary, with their notes. */
  readonly acknowledged: Locator;
  readonly history: Locator;
  readonly classHistory: Locator;
  readonly discardDialog: Locator;

  constructor(private readonly page: Page) {
    this.editor = page.locator('[data-testid=student-editor]');
    this.issueSummary = this.editor.locator('[data-testid=issue-summary]');
    this.acknowledged = this.issueSummary.locator('[data-testid=acknowledged]');
    this.history = page.locator('[data-testid=history-table]');
    this.classHistory = page.locator('[data-testid=class-history]');
    this.discardDialog = page.locator('[data-testid=discard-dialog]');
  }

  field(name: string): Locator {
    return this.editor.locator(`[name="${name}"]`);
  }

  /** The remark of this code shown under a field. */
  fieldIssue(name: string, code: string): Locator {
    return this.editor.locator('.field', { has: this.page.locator(`[name="${name}"]`) }).locator(`.field-issue[data-issue-code=${code}]`);
  }

  /** The registry's verdict on the card, shown when it has this status. */
  registryVerdict(status: string): Locator {
    return this.editor.locator(`[data-testid=registry-state] [data-registry-status=${status}]`);
  }

  async fill(card: StudentCardFields): Promise<void> {
    await this.field('lastName').fill(card.lastName);
    await this.field('firstName').fill(card.firstName);
    await this.field('middleName').fill(card.middleName);
    await this.field('birthDate').fill(card.birthDate);
    await this.field('sex').selectOption(card.sex);
    if (card.taxId !== undefined) await this.field('taxId').fill(card.taxId);
  }

  /** Confirms the first warning of the card with a note, as the issue summary offers. */
  async acknowledgeFirstWarning(note: string): Promise<void> {
    await this.issueSummary.getByRole('button', { name: 'Підтвердити з приміткою…' }).first().click();
    await this.issueSummary.locator('[name=ack-note]').fill(note);
    await this.issueSummary.getByRole('button', { name: 'Підтвердити', exact: true }).click();
  }

  async save(): Promise<void> {
    await this.editor.getByRole('button', { name: 'Зберегти' }).click();
  }

  async close(): Promise<void> {
    await this.editor.getByRole('button', { name: 'Закрити' }).click();
  }

  /** Esc closes the card, or the dialog open over it. */
  async pressEscape(): Promise<void> {
    await this.page.keyboard.press('Escape');
  }

  async openHistory(): Promise<void> {
    await this.editor.getByRole('tab', { name: 'Історія змін' }).click();
  }
}
