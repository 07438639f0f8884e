import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page';

/** The Classes screen: the classes of the chosen academic year, and the dialogs that create a class or a year. */
export class ClassesPage {
  readonly screen: Locator;
  readonly table: Locator;
  readonly yearSwitcher: Locator;
  /** The academic year the switcher shows. */
  readonly shownYear: Locator;
  readonly newClassButton: Locator;
  readonly classDialog: ClassDialog;
  readonly newYearDialog: NewYearDialog;

  constructor(private readonly page: Page) {
    this.screen = page.getByTestId('classes-screen');
    this.table = page.getByTestId('classes-table');
    this.yearSwitcher = page.locator('[name=academicYear]');
    this.shownYear = this.yearSwitcher.locator('option:checked');
    this.newClassButton = page.getByTestId('new-class');
    this.classDialog = new ClassDialog(page);
    this.newYearDialog = new NewYearDialog(page);
  }

  async open(): Promise<void> {
    await new ShellPage(this.page).go('classes');
  }

  /** The row of the class with this label. */
  row(label: string): Locator {
    return this.table.locator(`[data-class="${label}"]`);
  }

  /** The row of the first class of a grade. */
  firstOfGrade(grade: number): Locator {
    return this.table.locator(`[data-class^="${grade}-"]`).first();
  }

  /** The homeroom teacher's cell of a class row (the first after its label). */
  homeroomTeacherOf(row: Locator): Locator {
    return row.locator('td').first();
  }

  /** Opens a class page from its row. */
  async openClass(row: Locator): Promise<void> {
    await row.getByRole('button').first().click();
  }

  async newClass(): Promise<void> {
    await this.newClassButton.click();
  }

  async newYear(): Promise<void> {
    await this.page.getByTestId('new-year').click();
  }

  async openAlphabetBook(): Promise<void> {
    await this.page.getByTestId('open-alphabet-book').click();
  }
}

/** The dialog that creates a class. */
export class ClassDialog {
  readonly root: Locator;
  readonly grade: Locator;
  readonly label: Locator;
  readonly homeroomTeacher: Locator;
  readonly cancel: Locator;
  /** Everything in the dialog the Tab key stops at. */
  readonly controls: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('class-dialog');
    this.grade = this.root.locator('[name=grade]');
    this.label = this.root.locator('[name=label]');
    this.homeroomTeacher = this.root.locator('[name=homeroomTeacherId]');
    this.cancel = this.root.getByRole('button', { name: 'Скасувати' });
    this.controls = this.root.locator('button:not(:disabled), input, select, textarea');
  }

  async create(): Promise<void> {
    await this.root.getByRole('button', { name: 'Створити клас' }).click();
  }
}

/** The dialog that opens a new academic year, offering the next year's label. */
export class NewYearDialog {
  readonly root: Locator;
  readonly label: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('new-year-dialog');
    this.label = this.root.locator('[name=yearLabel]');
  }

  async create(): Promise<void> {
    await this.root.getByRole('button', { name: 'Створити рік' }).click();
  }
}
