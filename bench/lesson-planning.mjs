#!/usr/bin/env node
// Benchmark (issue #4): planning a year of dated lessons for a school of 40 classes, through the
// curriculum service's own planner and stores, against the real MongoDB-compatible server
// (FerretDB here). Baseline in the same run: inserting the same number of lesson-sized documents with
// one bare insertMany per class — the storage floor the planner cannot beat.
// usage: node bench/lesson-planning.mjs [--classes 40] [--json bench/results/lesson-planning.json]
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const mongoose = require('mongoose');
const { createLogger } = require('@ejournal/kit');
const dist = (path) => require(`../services/curriculum/dist/${path}`);
const { LessonPlanner } = dist('api/lesson-planner.js');
const { SchoolStore } = dist('store/school.store.js');
const { yearStore } = dist('store/year.store.js');
const { CatalogueStore } = dist('store/catalogue.store.js');
const { classStore } = dist('store/class.store.js');
const { curriculumStores } = dist('store/curriculum.store.js');
const { timetableStore } = dist('store/timetable.store.js');
const { LessonStore } = dist('store/lesson.store.js');
const { rosterStore } = dist('store/roster.store.js');
const { planAcademicYear } = dist('domain/academic-year.js');
const { defaultSettings } = dist('domain/settings.js');
const { REGIONAL_SUBJECTS } = dist('domain/catalogue.js');

const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const classCount = Number(argument('classes', '40'));
const jsonPath = argument('json', 'bench/results/lesson-planning.json');
const uri = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017/';

const database = `bench_curriculum_${Date.now().toString(36)}`;
const connection = await mongoose.createConnection(uri, { dbName: database, autoIndex: false }).asPromise();
const logger = createLogger('bench', 'warn');
try {
  const parts = {
    schools: new SchoolStore(connection),
    years: yearStore(connection),
    catalogues: new CatalogueStore(connection),
    classes: classStore(connection),
    ...curriculumStores(connection),
    timetables: timetableStore(connection),
    lessons: new LessonStore(connection),
    rosters: rosterStore(connection),
  };
  for (const model of Object.values(connection.models)) {
    await model.createCollection();
    await model.syncIndexes();
  }
  const stores = { ...parts, relay: { nudge() {} } };
  const settings = defaultSettings();
  const schoolId = randomUUID();
  await parts.schools.model.collection.insertOne({ _id: schoolId, name: 'Средняя школа № 40', shortName: 'СШ № 40', municipality: 'бенчмарк', identityKey: schoolId, registeredAt: new Date(), registeredBy: 'bench', version: 1, settings, pendingEvents: [], hasPendingEvents: false });
  const year = planAcademicYear(schoolId, {
    startsOn: '2026-09-01',
    endsOn: '2027-05-26',
    periodSets: [
      { scheme: 'QUARTERS', periods: [['2026-09-01', '2026-10-24'], ['2026-11-05', '2026-12-27'], ['2027-01-12', '2027-03-21'], ['2027-04-01', '2027-05-26']].map(([startsOn, endsOn]) => ({ startsOn, endsOn })) },
      { scheme: 'HALF_YEARS', periods: [['2026-09-01', '2026-12-27'], ['2027-01-12', '2027-05-26']].map(([startsOn, endsOn]) => ({ startsOn, endsOn })) },
    ],
  }, settings);
  await parts.years.insert(year);
  const subjects = REGIONAL_SUBJECTS.slice(0, 12).map((subject) => subject.id);
  const classes = [];
  for (let index = 0; index < classCount; index++) {
    const grade = 1 + (index % 11);
    const letter = 'АБВГДЕЖИКЛМН'[Math.floor(index / 11)];
    const schoolClass = { _id: randomUUID(), schoolId, yearId: year._id, grade, letter, name: `${grade}${letter}`, classTeacherId: randomUUID(), shift: 1, groups: [], previousClassId: '', version: 1 };
    await parts.classes.insert(schoolClass);
    // Six lessons a day, five days a week.
    const entries = [];
    for (let weekday = 1; weekday <= 5; weekday++) {
      for (let lessonNumber = 1; lessonNumber <= 6; lessonNumber++) {
        entries.push({ weekday, lessonNumber, subjectId: subjects[(weekday * 7 + lessonNumber + index) % subjects.length], groupId: '', teacherId: randomUUID(), roomId: '' });
      }
    }
    await parts.timetables.insert({ _id: schoolClass._id, schoolId, yearId: year._id, timetables: [{ id: randomUUID(), validFrom: year.startsOn, validTo: year.endsOn, entries }], replaced: [], version: 1 });
    classes.push(schoolClass);
  }

  const planner = new LessonPlanner(stores, logger);
  let lessons = 0;
  const planningStarted = process.hrtime.bigint();
  for (const schoolClass of classes) lessons += (await planner.plan(schoolClass, year.startsOn, year.endsOn, 'bench')).planned;
  const planningSeconds = Number(process.hrtime.bigint() - planningStarted) / 1e9;

  const again = process.hrtime.bigint();
  for (const schoolClass of classes) await planner.plan(schoolClass, year.startsOn, year.endsOn, 'bench');
  const replanSeconds = Number(process.hrtime.bigint() - again) / 1e9;

  // Reads other services make: a class's week (one document by _id) against one lesson by _id.
  const someLessons = await parts.lessons.model.find({}, { _id: 1, classId: 1, week: 1 }).limit(20).lean();
  const timeReads = async (read) => {
    const started = process.hrtime.bigint();
    for (const lesson of someLessons) await read(lesson);
    return Number(process.hrtime.bigint() - started) / 1e6 / someLessons.length;
  };
  const classWeekMs = await timeReads((lesson) => parts.lessons.weeks.classWeek(lesson.classId, lesson.week));
  const byIdMs = await timeReads((lesson) => parts.lessons.find(lesson._id));

  // Baseline: the same number of lesson-sized documents, one bare insertMany per class.
  const sample = await parts.lessons.model.findOne({}, { _id: 0 }).lean();
  const baseline = connection.collection('baseline_lessons');
  const perClass = Math.ceil(lessons / classes.length);
  const baselineStarted = process.hrtime.bigint();
  for (let written = 0; written < lessons; written += perClass) {
    await baseline.insertMany(Array.from({ length: Math.min(perClass, lessons - written) }, () => ({ ...sample, _id: randomUUID() })), { ordered: false });
  }
  const baselineSeconds = Number(process.hrtime.bigint() - baselineStarted) / 1e9;

  const result = {
    benchmark: 'lesson-planning',
    at: new Date().toISOString(),
    server: uri.replace(/\/\/[^@]*@/, '//'),
    classes: classes.length,
    lessons,
    planningSeconds: Number(planningSeconds.toFixed(2)),
    lessonsPerSecond: Math.round(lessons / planningSeconds),
    replanNothingChangedSeconds: Number(replanSeconds.toFixed(2)),
    baselineInsertSeconds: Number(baselineSeconds.toFixed(2)),
    ratioToBaseline: Number((planningSeconds / baselineSeconds).toFixed(2)),
    classWeekReadMs: Number(classWeekMs.toFixed(1)),
    lessonByIdReadMs: Number(byIdMs.toFixed(1)),
  };
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`| what | value |\n|---|---|`);
  console.log(`| classes × lessons planned | ${result.classes} × ${Math.round(lessons / classes.length)} = ${lessons} |`);
  console.log(`| planning a year (all classes) | ${result.planningSeconds} s (${result.lessonsPerSecond} lessons/s) |`);
  console.log(`| planning again, nothing changed | ${result.replanNothingChangedSeconds} s |`);
  console.log(`| baseline: bare insertMany of as many documents | ${result.baselineInsertSeconds} s |`);
  console.log(`| planning / baseline | ${result.ratioToBaseline} |`);
  console.log(`| a class's week (its week document by _id), mean of 20 | ${result.classWeekReadMs} ms |`);
  console.log(`| a lesson by _id, mean of 20 | ${result.lessonByIdReadMs} ms |`);
} finally {
  await connection.dropDatabase().catch(() => {});
  await connection.close();
}
