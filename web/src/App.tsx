import { useQueryClient } from '@tanstack/react-query';
import { Component, lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { api, onSessionChange, sessions, type Session } from './api/client';
import { diaryChildren, teachingSchools, useMe } from './api/me';
import { messagingSchools, useInboxSignals, useUnreadCounts } from './api/messaging';
import { mayReadAttendance, mayReadMovements, mayReadFilling, mayReadSummary, reportAccess, reportsHome } from './api/reports';
import { DiaryWeek } from './screens/DiaryWeek';
import { JournalGrid } from './screens/JournalGrid';
import { YearFinals } from './screens/YearFinals';
import { Login } from './screens/Login';
import { Account, SignOnReturn } from './screens/SignOn';
import { MyClass } from './screens/MyClass';
import { PeopleImport } from './screens/PeopleImport';
import { RegionSchools } from './screens/RegionSchools';
import { SchoolPeople } from './screens/SchoolPeople';
import { TeacherWeek } from './screens/TeacherWeek';

// Screens not on the first screen of anyone's day load when first opened (their own files).
const MessageList = lazy(() => import('./screens/Messages').then((screen) => ({ default: screen.MessageList })));
const NewMessage = lazy(() => import('./screens/Messages').then((screen) => ({ default: screen.NewMessage })));
const ThreadView = lazy(() => import('./screens/Messages').then((screen) => ({ default: screen.ThreadView })));
const Notices = lazy(() => import('./screens/Notices').then((screen) => ({ default: screen.Notices })));
const NoticeSettings = lazy(() => import('./screens/Notices').then((screen) => ({ default: screen.NoticeSettings })));
const Announcements = lazy(() => import('./screens/Announcements').then((screen) => ({ default: screen.Announcements })));
const Archive = lazy(() => import('./screens/Archive').then((screen) => ({ default: screen.Archive })));
const FillingControl = lazy(() => import('./screens/FillingControl').then((screen) => ({ default: screen.FillingControl })));
const SummarySheet = lazy(() => import('./screens/SummarySheet').then((screen) => ({ default: screen.SummarySheet })));
const MovementReport = lazy(() => import('./screens/MovementReport').then((screen) => ({ default: screen.MovementReport })));
const AttendanceReport = lazy(() => import('./screens/AttendanceReport').then((screen) => ({ default: screen.AttendanceReport })));
const SchoolYears = lazy(() => import('./screens/SchoolYears').then((screen) => ({ default: screen.SchoolYears })));
const YearSetup = lazy(() => import('./screens/YearSetup').then((screen) => ({ default: screen.YearSetup })));
const TeacherPlans = lazy(() => import('./screens/TeacherPlans').then((screen) => ({ default: screen.TeacherPlans })));
const RegionReport = lazy(() => import('./screens/RegionReport').then((screen) => ({ default: screen.RegionReport })));

function useSession(): Session | null {
  const [session, setSession] = useState(sessions.current());
  useEffect(() => onSessionChange(setSession), []);
  return session;
}

export function App() {
  const session = useSession();
  const queries = useQueryClient();
  const location = useLocation();
  // Signed out: nothing of the last person is kept, but what the log-in page itself asked (is the portal set up?).
  useEffect(() => {
    if (!session) queries.removeQueries({ predicate: (query) => query.queryKey[0] !== 'sign-on' });
  }, [session, queries]);
  // Back from the regional portal: signed in (or linked) there, whoever is signed in here.
  if (location.pathname === '/sso') return <SignOnReturn />;
  if (!session) return <Login />;
  return <SignedIn />;
}

function SignedIn() {
  const me = useMe();
  const location = useLocation();
  const logOut = async () => {
    const session = sessions.current();
    if (session) await api('/sessions/end', { method: 'POST', anonymous: true, body: { refreshToken: session.refreshToken } }).catch(() => undefined);
    sessions.save(null);
  };
  if (me.isPending) return <p>Загрузка…</p>;
  if (me.isError) return <p role="alert" className="error">{me.error.message}</p>;
  const family = diaryChildren(me.data).length > 0;
  const teaching = teachingSchools(me.data).length > 0;
  const operator = me.data.grants.some((grant) => grant.role === 'region_operator');
  const keptClasses = me.data.grants.filter((grant) => grant.role === 'class_teacher' && grant.classId && grant.schoolId);
  const [administered] = me.data.grants.filter((grant) => grant.role === 'school_admin' && grant.schoolId).map((grant) => grant.schoolId!);
  // 004 §4.2: the deputy director (завуч) sets the school year up as the administrator does (classes, curriculum, load, timetable, КТП).
  const [planned] = me.data.grants.filter((grant) => ['school_admin', 'deputy_director'].includes(grant.role) && grant.schoolId).map((grant) => grant.schoolId!);
  const plannedAsAdministrator = me.data.grants.some((grant) => grant.role === 'school_admin' && grant.schoolId === planned);
  const messaging = messagingSchools(me.data).length > 0;
  // 002 §5, 003 §5: the school's administration reads, checks and prints the archive; the administrator and the director hold records.
  const [archived] = me.data.grants.filter((grant) => ['school_admin', 'director', 'deputy_director'].includes(grant.role) && grant.schoolId).map((grant) => grant.schoolId!);
  const mayHold = me.data.grants.some((grant) => ['school_admin', 'director'].includes(grant.role) && grant.schoolId === archived);
  // 002 §3.6, 003 §4.1, 001 §9: filling control for the administration (a teacher: their own lessons), the
  // summary sheet and the attendance for the class teacher and the administration, the region's view for the operator.
  const reports = reportAccess(me.data);
  const reportsLink = reportsHome(reports);
  return (
    <>
      <header className="top">
        <nav aria-label="Разделы">
          {family && <Link to="/diary">Дневник</Link>}
          {teaching && <Link to="/lessons">Мои уроки</Link>}
          {keptClasses.map((grant) => (
            <Link key={grant.classId} to={`/class/${grant.classId}`}>
              Мой класс
            </Link>
          ))}
          {administered && <Link to="/people">Люди школы</Link>}
          {administered && <Link to="/people/import">Загрузка людей</Link>}
          {planned && <Link to="/years">Учебный год</Link>}
          {archived && <Link to="/archive">Архив</Link>}
          {operator && <Link to="/schools">Школы</Link>}
          {reportsLink && <Link to={reportsLink}>Отчёты</Link>}
          {messaging && <MessagingLinks />}
        </nav>
        <div className="account">
          <Link to="/account">Учётная запись</Link>
          <button type="button" onClick={() => void logOut()}>
            Выйти
          </button>
        </div>
      </header>
      <main>
        <ScreenFailure path={location.pathname}>
          <Suspense fallback={<p>Загрузка…</p>}>
            <Routes>
              <Route path="/diary" element={<DiaryWeek me={me.data} />} />
              <Route path="/account" element={<Account me={me.data} />} />
              <Route path="/lessons" element={<TeacherWeek me={me.data} />} />
              {teaching && <Route path="/plans" element={<TeacherPlans me={me.data} />} />}
              <Route path="/journal/:classId/:subjectId/:periodId" element={<JournalGrid />} />
              <Route path="/journal/:classId/:subjectId/year/finals" element={<YearFinals />} />
              {keptClasses.length > 0 && <Route path="/class/:classId" element={<MyClass />} />}
              {operator && <Route path="/schools" element={<RegionSchools />} />}
              {planned && <Route path="/years" element={<SchoolYears schoolId={planned} mayClose={plannedAsAdministrator} />} />}
              {planned && <Route path="/years/:yearId/setup/:step?" element={<YearSetup schoolId={planned} administrator={plannedAsAdministrator} />} />}
              {administered && <Route path="/people" element={<SchoolPeople schoolId={administered} />} />}
              {administered && <Route path="/people/import" element={<PeopleImport schoolId={administered} />} />}
              {archived && <Route path="/archive" element={<Archive schoolId={archived} mayHold={mayHold} />} />}
              {mayReadFilling(reports) && <Route path="/reports/filling" element={<FillingControl access={reports} />} />}
              {mayReadSummary(reports) && <Route path="/reports/summary" element={<SummarySheet access={reports} />} />}
              {mayReadAttendance(reports) && <Route path="/reports/attendance" element={<AttendanceReport access={reports} />} />}
              {mayReadMovements(reports) && <Route path="/reports/movements" element={<MovementReport access={reports} />} />}
              {reports.region && <Route path="/reports/region" element={<RegionReport access={reports} />} />}
              {messaging && <Route path="/messages" element={<MessageList me={me.data} />} />}
              {messaging && <Route path="/messages/new" element={<NewMessage me={me.data} />} />}
              {messaging && <Route path="/messages/:threadId" element={<ThreadView me={me.data} />} />}
              {messaging && <Route path="/notices" element={<Notices me={me.data} />} />}
              {messaging && <Route path="/notices/settings" element={<NoticeSettings me={me.data} />} />}
              {messaging && <Route path="/announcements" element={<Announcements me={me.data} />} />}
              <Route path="*" element={family ? <Navigate to="/diary" replace /> : teaching ? <Navigate to="/lessons" replace /> : keptClasses.length > 0 ? <Navigate to={`/class/${keptClasses[0].classId}`} replace /> : administered ? <Navigate to="/people/import" replace /> : planned ? <Navigate to="/years" replace /> : operator ? <Navigate to="/schools" replace /> : messaging ? <Navigate to="/messages" replace /> : <NothingYet />} />
            </Routes>
          </Suspense>
        </ScreenFailure>
      </main>
    </>
  );
}

/** A navigation entry with the number of unread things beside it (said in words to screen readers). */
function Counted({ to, title, count }: { to: string; title: string; count: number }) {
  return (
    <Link to={to}>
      {title}
      {count > 0 && (
        <span className="count">
          <span className="visually-hidden">, непрочитанных: </span>
          {count}
        </span>
      )}
    </Link>
  );
}

function MessagingLinks() {
  const counts = useUnreadCounts(true);
  useInboxSignals(true);
  return (
    <>
      <Counted to="/messages" title="Сообщения" count={counts.data?.messages ?? 0} />
      <Counted to="/notices" title="Уведомления" count={counts.data?.notices ?? 0} />
      <Counted to="/announcements" title="Объявления" count={counts.data?.announcements ?? 0} />
    </>
  );
}

/**
 * A screen that could not be shown (its file did not load: no connection, or a new version of the client
 * replaced it): said so, with a way out; another address tries again.
 */
class ScreenFailure extends Component<{ path: string; children: ReactNode }, { path: string; failed: boolean }> {
  state = { path: this.props.path, failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  static getDerivedStateFromProps(props: { path: string }, state: { path: string; failed: boolean }) {
    return props.path === state.path ? null : { path: props.path, failed: false };
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section>
        <p role="alert" className="error">
          Экран не открылся: возможно, нет связи с сервером или вышла новая версия журнала. Проверьте подключение и обновите страницу.
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Обновить страницу
        </button>
      </section>
    );
  }
}

function NothingYet() {
  return (
    <section>
      <h1>Электронный журнал</h1>
      <p>Для вашей роли в веб-клиенте пока нет экранов: пользуйтесь API (документ /api/v1/openapi.json).</p>
    </section>
  );
}
