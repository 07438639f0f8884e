import { expect } from '@playwright/test';
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

test('a new student in no class is enrolled in a class by an order from the form', async ({
  page,
  shell,
  login,
  students,
  studentCard,
  orders,
  newOrder,
  orderDetail,
  classes,
  classPage,
}) => {
  await login.signInToDemo(app.url);
  await students.open();
  await students.newStudent();
  await studentCard.fill({ lastName: 'Зарічанська', firstName: 'Ярина', middleName: 'Богданівна', birthDate: '14.03.2013', sex: 'F' });
  await studentCard.save();
  await expect(shell.saved).toBeVisible();
  await studentCard.pressEscape();

  await orders.open();
  await orders.newOrder();
  await newOrder.chooseKind('enroll');
  await newOrder.searchStudent('Зарічанськ');
  // Only students in no class are offered for an enrollment.
  await expect(newOrder.matches).toHaveCount(1);
  await newOrder.pickOnlyMatch();
  await expect(newOrder.chosenStudent).toContainText('Зарічанська');
  await newOrder.chooseClass({ label: '7-А' });
  await screenshot(page, '3h-new-enroll-order');
  await newOrder.submit();
  await expect(orderDetail.kind).toHaveText('Зарахування');

  await classes.open();
  await classes.openClass(classes.row('7-А'));
  await expect(classPage.members).toContainText('Зарічанська');
});

test('a student already in a class is not offered for an enrollment', async ({ login, orders, newOrder }) => {
  await login.signInToDemo(app.url);
  await orders.open();
  await orders.newOrder();
  await newOrder.searchStudent('ко');
  await expect(newOrder.matches.first()).toBeVisible();
  await newOrder.chooseKind('enroll');
  await expect(newOrder.matches).toHaveCount(0);
  await expect(newOrder.matchList).toContainText('Учнів не знайдено');
});
