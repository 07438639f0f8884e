import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { apiContract, type MethodName } from '../../../core/api/contract';
import { scopesOf, type Grant, type Scope } from '../../../core/auth/permissions';
import { api } from '../api/api';
import { useCall } from '../api/use-call';
import { DiscardDialog } from '../components/DiscardDialog';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useNavigation, type Route } from '../state/navigation-store';
import { useSession } from '../state/session-store';
import { mayCall } from '../state/may-call';
import { AlphabetBookScreen } from './academic/alphabet/AlphabetBookScreen';
import { ClassPage } from './academic/classes/ClassPage';
import { ClassesScreen } from './academic/classes/ClassesScreen';
import { NewOrderScreen } from './academic/orders/NewOrderScreen';
import { OrderDetail } from './academic/orders/OrderDetail';
import { OrdersScreen } from './academic/orders/OrdersScreen';
import { YearEndScreen } from './academic/year-end/YearEndScreen';
import { BackupsScreen } from './backups/BackupsScreen';
import { DocumentsScreen } from './documents/DocumentsScreen';
import { HelpScreen } from './help/HelpScreen';
import { helpPageOf } from './help/help-pages';
import { HomeScreen } from './home/HomeScreen';
import { JournalControlScreen } from './journals/JournalControlScreen';
import { JournalsScreen } from './journals/JournalsScreen';
import { SchoolDetailsScreen } from './school/SchoolDetailsScreen';
import { StaffEditor } from './staff/StaffEditor';
import { StaffListScreen } from './staff/StaffListScreen';
import { StudentEditor } from './students/StudentEditor';
import { StudentListScreen } from './students/StudentListScreen';
import { CardImportScreen } from './card-files/CardImportScreen';
import { FocusFromReport } from './sync/FocusFromReport';
import { SettingsScreen } from './sync/SettingsScreen';
import { ChangePasswordScreen } from './password/ChangePasswordScreen';
import { RosterScreen } from './roster/RosterScreen';
import { SyncScreen } from './sync/SyncScreen';
import { UsersScreen } from './users/UsersScreen';

/**
 * Each section with the method it opens with: a section the user may not call is not offered, nor one whose
 * `insteadOf` section they have (the names of "My classes" beside the whole Students list).
 */
const navItems = [
  { key: 'home', route: { screen: 'home' }, screens: ['home'], method: 'home.summary' },
  { key: 'students', route: { screen: 'students' }, screens: ['students', 'student', 'studentImport'], method: 'students.list' },
  { key: 'roster', route: { screen: 'roster' }, screens: ['roster'], method: 'students.names', insteadOf: 'students.list' },
  { key: 'staff', route: { screen: 'staffList' }, screens: ['staffList', 'staff', 'staffImport'], method: 'staff.list' },
  { key: 'classes', route: { screen: 'classes' }, screens: ['classes', 'class', 'alphabetBook'], method: 'classes.ofYear' },
  { key: 'journals', route: { screen: 'journals' }, screens: ['journals'], method: 'journals.grid' },
  { key: 'journalControl', route: { screen: 'journalControl' }, screens: ['journalControl'], method: 'journals.completeness', reach: ['all', 'ownClass'] },
  { key: 'orders', route: { screen: 'orders' }, screens: ['orders', 'order', 'newOrder'], method: 'orders.list' },
  { key: 'yearEnd', route: { screen: 'yearEnd' }, screens: ['yearEnd'], method: 'yearEnd.preview' },
  { key: 'documents', route: { screen: 'documents' }, screens: ['documents'], method: 'documents.list' },
  { key: 'sync', route: { screen: 'sync' }, screens: ['sync'], method: 'sync.status' },
  { key: 'settings', route: { screen: 'settings' }, screens: ['settings'], method: 'sync.settings' },
  { key: 'school', route: { screen: 'schoolDetails' }, screens: ['schoolDetails'], method: 'school.update' },
  { key: 'backups', route: { screen: 'backups' }, screens: ['backups'], method: 'backup.list' },
  { key: 'users', route: { screen: 'users' }, screens: ['users'], method: 'users.list' },
] as const satisfies readonly { key: string; route: Route; screens: readonly Route['screen'][]; method: MethodName; insteadOf?: MethodName; reach?: readonly Scope[] }[];

function offered(grants: readonly Grant[], item: (typeof navItems)[number]): boolean {
  const reaches = !('reach' in item) || scopesOf(grants, apiContract[item.method].permission).some((scope) => (item.reach as readonly Scope[]).includes(scope));
  return mayCall(grants, item.method) && !('insteadOf' in item && mayCall(grants, item.insteadOf)) && reaches;
}

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'home':
      return <HomeScreen />;
    case 'students':
      return <StudentListScreen />;
    case 'student':
      return (
        <>
          <StudentEditor id={route.id} back={route.back} />
          {route.focus && <FocusFromReport field={route.focus} />}
        </>
      );
    case 'staffList':
      return <StaffListScreen />;
    case 'staff':
      return (
        <>
          <StaffEditor id={route.id} back={route.back} />
          {route.focus && <FocusFromReport field={route.focus} />}
        </>
      );
    case 'studentImport':
      return <CardImportScreen kind="student" />;
    case 'staffImport':
      return <CardImportScreen kind="staff" />;
    case 'classes':
      return <ClassesScreen yearId={route.yearId} />;
    case 'class':
      return <ClassPage id={route.id} />;
    case 'alphabetBook':
      return <AlphabetBookScreen />;
    case 'orders':
      return <OrdersScreen />;
    case 'order':
      return <OrderDetail id={route.id} />;
    case 'newOrder':
      return <NewOrderScreen />;
    case 'yearEnd':
      return <YearEndScreen />;
    case 'documents':
      return <DocumentsScreen />;
    case 'sync':
      return <SyncScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'schoolDetails':
      return <SchoolDetailsScreen />;
    case 'backups':
      return <BackupsScreen />;
    case 'journals':
      return <JournalsScreen assignmentId={route.assignmentId} periodId={route.periodId} />;
    case 'journalControl':
      return <JournalControlScreen />;
    case 'help':
      return <HelpScreen page={route.page} from={route.from} />;
    case 'users':
      return <UsersScreen />;
    case 'roster':
      return <RosterScreen />;
    case 'password':
      return <ChangePasswordScreen required={false} onDone={() => useNavigation.getState().navigate({ screen: 'home' })} />;
  }
}

/** The signed-in office: header (school, user, language, logout), section nav, and the current screen. */
export function AppShell() {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const school = useSession((s) => s.school);
  const route = useNavigation((s) => s.route);
  const visit = useNavigation((s) => s.visit);
  const navigate = useNavigation((s) => s.navigate);

  // Only the header shows the school's name: without it the office still works.
  const { data: ofSchool } = useCall('school.get', {}, []);
  useEffect(() => {
    if (ofSchool) useSession.getState().setSchool(ofSchool.school);
  }, [ofSchool]);
  const grants = useSession((s) => s.grants);
  // Roles changed since the sign-in (or since the page was kept) apply to what is offered, as they do in the backend.
  const { data: me } = useCall('auth.me', {}, []);
  useEffect(() => {
    if (me) useSession.getState().refreshUser(me.user, me.grants);
  }, [me]);

  // "?" (and F1) opens the guide's page about the screen shown; from the guide it stays where it is.
  const openHelp = useCallback(() => {
    const { route: shown, navigate: go } = useNavigation.getState();
    if (shown.screen !== 'help') go({ screen: 'help', page: helpPageOf(shown.screen), from: shown });
  }, []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F1') return;
      e.preventDefault();
      openHelp();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openHelp]);

  const logout = () =>
    useNavigation.getState().leave(() => {
      void api.call('auth.logout', {}).catch(() => undefined);
      useNavigation.getState().reset();
      useSession.getState().signOut();
    });

  return (
    <div className="shell">
      <header className="shell__header">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">
            ШО
          </span>
          <span className="brand__text">
            <span className="brand__app">{t('app.title')}</span>
            {school && (
              <span className="brand__school" data-testid="school-name">
                {school.name}
              </span>
            )}
          </span>
        </div>
        <div className="shell__header-tools">
          {user && (
            <span className="shell__user" data-testid="current-user">
              <span className="visually-hidden">{t('header.signedInAs')}: </span>
              {user.fullName}
            </span>
          )}
          <button type="button" className="button button--small shell__help" onClick={openHelp} aria-label={t('help.open')} title={t('help.open')} data-testid="help-open">
            ?
          </button>
          <button type="button" className="button button--small" onClick={() => navigate({ screen: 'password' })} data-testid="open-change-password">
            {t('users.password.open')}
          </button>
          <LanguageSwitch />
          <button type="button" className="button button--small" onClick={logout}>
            {t('header.logout')}
          </button>
        </div>
      </header>
      <nav className="shell__nav" aria-label={t('nav.label')}>
        <ul>
          {navItems.filter((item) => offered(grants, item)).map((item) => {
            const current = (item.screens as readonly string[]).includes(route.screen);
            return (
              <li key={item.key}>
                <button
                  type="button"
                  className="nav-link"
                  aria-current={current ? 'page' : undefined}
                  onClick={() => navigate(item.route)}
                  data-nav={item.key}
                >
                  {t(`nav.${item.key}`)}
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      <main className="shell__main">
        <Screen key={`${route.screen}-${visit}`} route={route} />
      </main>
      <DiscardDialog />
    </div>
  );
}
