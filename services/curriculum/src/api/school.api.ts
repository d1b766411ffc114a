import { randomUUID } from 'node:crypto';
import { toTimestamp, type CurriculumServiceHandlers, type School as SchoolMessage } from '@ejournal/contracts';
import { authorize, Conflict, InvalidArgument, NotFound, PermissionDenied, schoolsOf, type AsyncHandlers } from '@ejournal/kit';
import { validateSchoolRegistration } from '../domain/school';
import { DEFAULT_MINIMUM_MARKS, defaultSettings, validateSettings, type SchoolSettings } from '../domain/settings';
import { schoolRegistered } from '../events/school-registered';
import { settingsChanged } from '../events/curriculum-events';
import { settingsFact } from '../events/facts';
import type { School } from '../store/school.store';
import { allow, requiredId } from './access';
import { SCHOOL_MISSING, type Stores } from './stores';

function toMessage(school: School): SchoolMessage {
  return { id: school._id, name: school.name, shortName: school.shortName, municipality: school.municipality, registeredAt: toTimestamp(school.registeredAt), version: String(school.version) };
}

type Handlers = Pick<AsyncHandlers<CurriculumServiceHandlers>, 'RegisterSchool' | 'GetSchool' | 'ListSchools' | 'GetSchoolSettings' | 'UpdateSchoolSettings'>;

export function schoolHandlers(stores: Stores): Handlers {
  const { schools } = stores;
  return {
    async RegisterSchool(request, { principal }) {
      if (!authorize(principal, 'school.register')) throw new PermissionDenied('регистрировать школы может только региональный оператор');
      const registration = validateSchoolRegistration(request);
      const school: School = { _id: randomUUID(), ...registration, registeredAt: new Date(), registeredBy: principal.subject, version: 1 };
      // The school starts with the default settings; consumers learn them as any later change.
      await schools.register(school, [schoolRegistered(school), settingsChanged(school._id, defaultSettings(), school.version)]);
      return toMessage(school);
    },

    async GetSchool(request, { principal }) {
      const id = requiredId(request.id, 'id', SCHOOL_MISSING);
      const school = await schools.find(id);
      if (!school) throw new NotFound(SCHOOL_MISSING);
      allow(principal, 'school.read', { schoolId: school._id }, SCHOOL_MISSING);
      return toMessage(school);
    },

    async ListSchools(_request, { principal }) {
      const own = schoolsOf(principal);
      const found = authorize(principal, 'school.register') ? await schools.all() : (await Promise.all(own.map((id) => schools.find(id)))).filter((school): school is School => school !== null);
      const visible = found.filter((school) => authorize(principal, 'school.read', { schoolId: school._id }));
      return { schools: visible.sort((a, b) => a.shortName.localeCompare(b.shortName, 'ru')).map(toMessage) };
    },

    async GetSchoolSettings(request, { principal }) {
      const id = requiredId(request.id, 'id', SCHOOL_MISSING);
      allow(principal, 'schedule.read', { schoolId: id }, SCHOOL_MISSING);
      const school = await schools.withSettings(id);
      if (!school) throw new NotFound(SCHOOL_MISSING);
      return settingsFact(school.settings, school.version);
    },

    async UpdateSchoolSettings(request, { principal }) {
      const id = requiredId(request.schoolId, 'schoolId', SCHOOL_MISSING);
      allow(principal, 'school.configure', { schoolId: id }, SCHOOL_MISSING);
      if (!request.settings) throw new InvalidArgument('не переданы настройки', { settings: 'обязательное поле' });
      const { version: expected, ...given } = request.settings;
      // Settings sent without the newer fields keep the regulation's defaults for them.
      const settings = validateSettings({ ...given, minimumMarks: given.minimumMarks ?? { ...DEFAULT_MINIMUM_MARKS }, timeZone: given.timeZone || 'Europe/Moscow' } as unknown as SchoolSettings);
      const school = await schools.withSettings(id);
      if (!school) throw new NotFound(SCHOOL_MISSING);
      if (expected && expected !== '0' && Number(expected) !== school.version) throw new Conflict(`настройки изменены другим пользователем (версия ${school.version}, а у вас ${expected}): перечитайте их`);
      const saved = await schools.saveSettings(school, settings, (version) => [settingsChanged(id, settings, version)]);
      if (saved === null) throw new Conflict('настройки изменены другим пользователем: перечитайте их');
      return settingsFact(settings, saved);
    },
  };
}
