import type { Locator, Page } from '@playwright/test';

type CardCount = 'total' | 'error' | 'warning';

export class HomePage {
  readonly schoolName: Locator;
  readonly students: Locator;
  readonly staff: Locator;
  readonly auditCheck: Locator;
  readonly auditVerdict: Locator;

  constructor(page: Page) {
    this.schoolName = page.locator('[data-testid=school-name]');
    this.students = page.locator('[data-testid=home-students]');
    this.staff = page.locator('[data-testid=home-staff]');
    this.auditCheck = page.locator('[data-testid=audit-check]');
    this.auditVerdict = this.auditCheck.getByRole('status');
  }

  /** The number a tile shows: total, or the cards with errors or warnings (which are links to the list). */
  async count(tile: 'students' | 'staff', count: CardCount): Promise<number> {
    const cell = this[tile].locator(`[data-count=${count}]`);
    return Number(await (count === 'total' ? cell : cell.locator('.stat-link__value')).textContent());
  }

  /** Opens the student list filtered to the cards with errors or with warnings. */
  async openStudentsWith(status: 'error' | 'warning'): Promise<void> {
    await this.students.locator(`[data-count=${status}]`).click();
  }

  /** The anchor verdict of the check: what the central server last said of this PC's log. */
  auditAnchor(status: 'extends' | 'diverged' | 'never'): Locator {
    return this.auditCheck.locator(`[data-anchor=${status}]`);
  }

  async verifyAuditLog(): Promise<void> {
    await this.auditCheck.getByRole('button', { name: 'Перевірити журнал' }).click();
  }
}
