import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell-page';

export interface TypedFirstGrader {
  lastName: string;
  firstName: string;
  /** As typed, dd.mm.yyyy. */
  birthDate: string;
  sex: 'M' | 'F';
}

/** The year-end wizard: the preview of the transition, the choices for single students, first graders, run and undo. */
export class YearEndPage {
  readonly summaryPanel: Locator;
  readonly importProblems: Locator;
  readonly firstGraders: Locator;
  readonly confirmDialog: Locator;
  readonly result: Locator;
  /** The orders the transition gave, one item each. */
  readonly resultOrders: Locator;
  readonly resultClasses: Locator;
  /** Why the preview cannot be shown (a transition of the year already stands, …). */
  readonly previewError: Locator;
  readonly undoDialog: Locator;
  readonly undone: Locator;
  /** The calm note that the closing year's transition stands (instead of a red error). */
  readonly alreadyRun: Locator;
  readonly closingYearOptions: Locator;

  constructor(private readonly page: Page) {
    this.summaryPanel = page.getByTestId('ye-summary');
    this.importProblems = page.getByTestId('ye-import-problems');
    this.firstGraders = page.locator('[data-first-grader]');
    this.confirmDialog = page.getByTestId('ye-confirm');
    this.result = page.getByTestId('ye-result');
    this.resultOrders = this.result.getByTestId('ye-result-orders').locator('li');
    this.resultClasses = this.result.getByTestId('ye-result-classes');
    this.previewError = page.getByTestId('ye-preview-error');
    this.undoDialog = page.getByTestId('ye-undo-confirm');
    this.undone = page.getByTestId('ye-undone');
    this.alreadyRun = page.getByTestId('ye-already-run');
    this.closingYearOptions = page.locator('[name=closingYear] option');
  }

  /** Opens the wizard from the menu and waits for its heading, named in the language shown. */
  async open(heading = 'Перехід на новий навчальний рік'): Promise<void> {
    await new ShellPage(this.page).go('yearEnd');
    await expect(this.page.getByRole('heading', { name: heading })).toBeVisible();
  }

  /** The figure of the summary for one kind of movement (promote, repeat, leave, firstGraders, …). */
  summary(key: string): Locator {
    return this.page.locator(`[data-summary=${key}] dd`);
  }

  /** The first class of a grade in the closing year. */
  classOfGrade(grade: number): Locator {
    return this.page.locator(`.ye-class[data-class^="${grade}-"]`).first();
  }

  /** The row of the first student of the first class of a grade. */
  firstStudentOfGrade(grade: number): Locator {
    return this.classOfGrade(grade).locator('tbody tr').first();
  }

  /** Unfolds the first class of a grade and gives its first student a choice (repeat, leave, …); returns their name. */
  async chooseForFirstStudentOfGrade(grade: number, choice: string): Promise<string> {
    await this.classOfGrade(grade).locator('.ye-class__head').click();
    const row = this.firstStudentOfGrade(grade);
    const name = (await row.locator('th').textContent()) ?? '';
    await row.getByTestId('ye-choice').selectOption(choice);
    return name;
  }

  async importFirstGraders(file: string): Promise<void> {
    await this.page.getByTestId('ye-first-file').setInputFiles(file);
  }

  async addFirstGrader(child: TypedFirstGrader): Promise<void> {
    await this.page.getByTestId('ye-first-add').click();
    await this.page.locator('[name=fg-lastName]').fill(child.lastName);
    await this.page.locator('[name=fg-firstName]').fill(child.firstName);
    await this.page.locator('[name=fg-birthDate]').fill(child.birthDate);
    await this.page.locator('[name=fg-sex]').selectOption(child.sex);
  }

  /** Scrolls the page's own scroll area, not the window, so the header stays in the picture. */
  async scrollToClassOfGrade(grade: number): Promise<void> {
    await this.classOfGrade(grade).evaluate((el) => {
      const main = el.closest('.shell__main');
      if (main) main.scrollTop += el.getBoundingClientRect().top - main.getBoundingClientRect().top - 16;
    });
  }

  /** The basis of the transition's orders: the pedagogical council's protocol. */
  async giveCouncilDecision(protocol: string, date: string): Promise<void> {
    await this.page.locator('[name=basisProtocolNumber]').fill(protocol);
    await this.page.locator('[name=basisDate]').fill(date);
  }

  transitionDate(): Locator {
    return this.page.locator('[name=transitionDate]');
  }

  async run(): Promise<void> {
    await this.page.getByTestId('ye-run').click();
  }

  async confirmRun(): Promise<void> {
    await this.confirmDialog.getByRole('button', { name: 'Так, виконати перехід' }).click();
  }

  async openNewYearClasses(): Promise<void> {
    await this.result.getByTestId('ye-open-classes').click();
  }

  async undo(): Promise<void> {
    await this.page.getByTestId('ye-undo').click();
  }

  async confirmUndo(): Promise<void> {
    await this.undoDialog.getByRole('button', { name: 'Скасувати перехід', exact: true }).click();
  }
}
