import type { Locator, Page } from '@playwright/test';

/** The form of a new order: its kind, the student found by name, and the class they go to. */
export class NewOrderPage {
  readonly form: Locator;
  /** The students the search offers. */
  readonly matches: Locator;
  /** The list of offers, or the line saying none was found. */
  readonly matchList: Locator;
  readonly chosenStudent: Locator;
  /** The question asked before an order is issued. */
  readonly confirmDialog: Locator;
  /** The classes the order may move the student to. */
  readonly classOptions: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByTestId('new-order-form');
    this.matches = this.form.locator('.ac-match');
    this.matchList = this.form.locator('.ac-matches');
    this.chosenStudent = this.form.getByTestId('chosen-student');
    this.confirmDialog = page.getByTestId('order-confirm');
    this.classOptions = this.form.locator('[name=toClassId] option:not([value=""])');
  }

  /** States the basis: a decision of the pedagogical council with its protocol, or an application of the parents. */
  async giveBasis(basis: { council: { protocol: string; date: string } } | { parentsApplication: string }): Promise<void> {
    if ('council' in basis) {
      await this.form.locator('[name=basisKind]').selectOption('council_decision');
      await this.form.locator('[name=basisProtocolNumber]').fill(basis.council.protocol);
      await this.form.locator('[name=basisDate]').fill(basis.council.date);
    } else {
      await this.form.locator('[name=basisKind]').selectOption('parents_application');
      await this.form.locator('[name=basisDate]').fill(basis.parentsApplication);
    }
  }

  /** Asks to issue the order; the confirmation comes next. */
  async requestIssue(): Promise<void> {
    await this.form.getByTestId('submit-order').click();
  }

  async chooseKind(kind: string): Promise<void> {
    await this.form.locator('[name=kind]').selectOption(kind);
  }

  async searchStudent(text: string): Promise<void> {
    await this.form.locator('[name=studentSearch]').fill(text);
  }

  async pickFirstMatch(): Promise<void> {
    await this.matches.first().click();
  }

  /** Picks the one student the search offers (and fails if it offers more). */
  async pickOnlyMatch(): Promise<void> {
    await this.matches.click();
  }

  async chooseClass(option: { index: number } | { label: string }): Promise<void> {
    await this.form.locator('[name=toClassId]').selectOption(option);
  }

  /** Issues the order: states a parents' application as its basis when none was given, submits and confirms. */
  async submit(): Promise<void> {
    if ((await this.form.locator('[name=basisDate]').count()) > 0 && (await this.form.locator('[name=basisDate]').inputValue()) === '') {
      await this.giveBasis({ parentsApplication: '27.11.2026' });
    }
    await this.requestIssue();
    await this.confirm();
  }

  async confirm(): Promise<void> {
    await this.confirmDialog.getByRole('button', { name: 'Так, видати наказ' }).click();
  }
}
