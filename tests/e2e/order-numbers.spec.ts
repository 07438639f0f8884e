import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import Database from 'better-sqlite3';
import { screenshot } from './support/screens';
import { test } from './support/screen-test';
import { startWebMode, type RunningApp } from './support/web-mode';

let app: RunningApp;

test.beforeAll(async () => {
  app = await startWebMode('demo');
});

test.afterAll(async () => {
  await app.stop();
});

/** What "another office PC" needs to give an order: the next number of the year, a student and two classes of it. */
function registerOfThisPc(): { academicYear: string; next: number; studentId: string; fromClassId: string; toClassId: string } {
  const db = new Database(join(app.dataDir, 'school-office.sqlite'), { readonly: true });
  try {
    const { academicYear, highest } = db.prepare('SELECT academic_year AS academicYear, max(number) AS highest FROM orders GROUP BY academic_year ORDER BY academic_year DESC LIMIT 1').get() as {
      academicYear: string;
      highest: number;
    };
    const open = db
      .prepare(
        `SELECT e.student_id AS studentId, e.class_id AS classId, c.academic_year_id AS yearId FROM enrollments e JOIN classes c ON c.id = e.class_id
         WHERE e.to_date IS NULL AND e.deleted = 0 LIMIT 1`,
      )
      .get() as { studentId: string; classId: string; yearId: string };
    const other = db.prepare('SELECT id FROM classes WHERE academic_year_id = ? AND id != ? AND deleted = 0 LIMIT 1').get(open.yearId, open.classId) as { id: string };
    return { academicYear, next: highest + 1, studentId: open.studentId, fromClassId: open.classId, toClassId: other.id };
  } finally {
    db.close();
  }
}

/** Another office PC of the school gives an order the number this PC is about to give, and syncs first. */
async function orderFromAnotherPc(number: number, register: ReturnType<typeof registerOfThisPc>): Promise<void> {
  const token = readFileSync(join(app.dataDir, 'central-server', 'school-token'), 'utf8').trim();
  const today = new Date().toISOString().slice(0, 10);
  const order = {
    academicYear: register.academicYear,
    number,
    date: today,
    enteredOn: today,
    kind: 'transfer',
    items: [{ studentId: register.studentId, fromClassId: register.fromClassId, toClassId: register.toClassId }],
  };
  const answer = await fetch(`${app.centralUrl}/api/v1/sync/push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'x-device-id': 'office-pc-2', 'content-type': 'application/json' },
    body: JSON.stringify({ batchId: randomUUID(), changes: [{ type: 'order', id: randomUUID(), baseRev: null, data: order }] }),
  });
  expect(answer.status).toBe(200);
  expect(((await answer.json()) as { results: { outcome: string }[] }).results[0]?.outcome).toBe('applied');
}

test('an order numbered on two office PCs alike is renumbered on the PC that synced second, which asks to reprint it', async ({
  page,
  login,
  sync,
  orders,
  newOrder,
  orderDetail,
}) => {
  test.setTimeout(240_000);
  expect(app.centralUrl).not.toBeNull();
  await login.signInToDemo(app.url);
  await sync.syncAll(90_000);

  const register = registerOfThisPc();
  await orderFromAnotherPc(register.next, register);

  await orders.open();
  await orders.newOrder();
  await newOrder.searchStudent('ко');
  await newOrder.pickFirstMatch();
  await newOrder.chooseClass({ index: 1 });
  await newOrder.submit();
  await expect(orderDetail.heading(register.next)).toBeVisible();

  await sync.pressSyncAll();
  await expect(sync.renumberedOrders).toContainText(`№ ${register.next} → № ${register.next + 1}`, { timeout: 90_000 });
  await screenshot(page, '21-sync-renumbered-order');
  await sync.openFirstRenumberedOrder();
  await expect(orderDetail.heading(register.next + 1)).toBeVisible();
});
