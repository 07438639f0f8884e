import { test as base } from '@playwright/test';
import { AlphabetBookPage } from '../pages/alphabet-book-page';
import { BackupsPage } from '../pages/backups-page';
import { CardImportPage } from '../pages/card-import-page';
import { ClassPage } from '../pages/class-page';
import { ClassesPage } from '../pages/classes-page';
import { DashboardPage } from '../pages/dashboard-page';
import { DocumentsPage } from '../pages/documents-page';
import { HelpPage } from '../pages/help-page';
import { HomePage } from '../pages/home-page';
import { JournalControlPage } from '../pages/journal-control-page';
import { JournalsPage } from '../pages/journals-page';
import { LoginPage } from '../pages/login-page';
import { NewOrderPage } from '../pages/new-order-page';
import { OrderDetailPage } from '../pages/order-detail-page';
import { OrdersListPage } from '../pages/orders-list-page';
import { SchoolDetailsPage } from '../pages/school-details-page';
import { PasswordPage } from '../pages/password-page';
import { RosterPage } from '../pages/roster-page';
import { SetupPage } from '../pages/setup-page';
import { ShellPage } from '../pages/shell-page';
import { StaffListPage } from '../pages/staff-list-page';
import { StudentCardPage } from '../pages/student-card-page';
import { StudentsListPage } from '../pages/students-list-page';
import { SyncPage } from '../pages/sync-page';
import { UsersPage } from '../pages/users-page';
import { YearEndPage } from '../pages/year-end-page';

interface Screens {
  shell: ShellPage;
  setup: SetupPage;
  login: LoginPage;
  home: HomePage;
  students: StudentsListPage;
  studentCard: StudentCardPage;
  staff: StaffListPage;
  classes: ClassesPage;
  classPage: ClassPage;
  alphabetBook: AlphabetBookPage;
  orders: OrdersListPage;
  newOrder: NewOrderPage;
  orderDetail: OrderDetailPage;
  yearEnd: YearEndPage;
  sync: SyncPage;
  backups: BackupsPage;
  documents: DocumentsPage;
  dashboard: DashboardPage;
  cardImport: CardImportPage;
  journals: JournalsPage;
  journalControl: JournalControlPage;
  help: HelpPage;
  schoolDetails: SchoolDetailsPage;
  users: UsersPage;
  password: PasswordPage;
  roster: RosterPage;
}

/** Playwright's test with the page object of each screen at hand, made for the test's page when it asks for one. */
export const test = base.extend<Screens>({
  shell: async ({ page }, use) => use(new ShellPage(page)),
  setup: async ({ page }, use) => use(new SetupPage(page)),
  login: async ({ page }, use) => use(new LoginPage(page)),
  home: async ({ page }, use) => use(new HomePage(page)),
  students: async ({ page }, use) => use(new StudentsListPage(page)),
  studentCard: async ({ page }, use) => use(new StudentCardPage(page)),
  staff: async ({ page }, use) => use(new StaffListPage(page)),
  classes: async ({ page }, use) => use(new ClassesPage(page)),
  classPage: async ({ page }, use) => use(new ClassPage(page)),
  alphabetBook: async ({ page }, use) => use(new AlphabetBookPage(page)),
  orders: async ({ page }, use) => use(new OrdersListPage(page)),
  newOrder: async ({ page }, use) => use(new NewOrderPage(page)),
  orderDetail: async ({ page }, use) => use(new OrderDetailPage(page)),
  yearEnd: async ({ page }, use) => use(new YearEndPage(page)),
  sync: async ({ page }, use) => use(new SyncPage(page)),
  backups: async ({ page }, use) => use(new BackupsPage(page)),
  documents: async ({ page }, use) => use(new DocumentsPage(page)),
  dashboard: async ({ page }, use) => use(new DashboardPage(page)),
  cardImport: async ({ page }, use) => use(new CardImportPage(page)),
  journals: async ({ page }, use) => use(new JournalsPage(page)),
  journalControl: async ({ page }, use) => use(new JournalControlPage(page)),
  help: async ({ page }, use) => use(new HelpPage(page)),
  schoolDetails: async ({ page }, use) => use(new SchoolDetailsPage(page)),
  users: async ({ page }, use) => use(new UsersPage(page)),
  password: async ({ page }, use) => use(new PasswordPage(page)),
  roster: async ({ page }, use) => use(new RosterPage(page)),
});
