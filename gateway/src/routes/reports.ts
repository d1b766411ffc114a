import type { reportsV1 } from '@ejournal/contracts';
import { Router, type Response } from 'express';
import { dateQuery, idQuery, param, query, rejectMalformedIds } from '../params';
import { permit } from '../permit';
import { callerOf, type Upstream } from '../upstream';
import { toJson } from '../wire';

/** Building a school's report reads its weeks and pages; a region's, every school's. */
const REPORT_DEADLINE_MS = 30_000;

/** The report as JSON, or as the file asked for (`?format=csv|xlsx`) with its Russian name. */
function send(res: Response, report: { file?: reportsV1.ReportFile__Output | null }): void {
  res.set('cache-control', 'private, no-store');
  if (report.file && report.file.content.length > 0) {
    // express writes the Russian file name as RFC 6266's filename* with an ASCII stand-in.
    res.attachment(report.file.fileName).type(report.file.contentType).send(Buffer.from(report.file.content));
    return;
  }
  const { file: _file, ...body } = toJson(report) as Record<string, unknown>;
  res.json(body);
}

/**
 * Reports (002 §3.6, 003 §4.1–4.2, 004 §4.2.4, 001 §9). The service decides the scope: the school's
 * administration sees the whole school, a teacher their own lessons, the class teacher their class, the
 * operator the region; anything else answers as not there.
 */
export function reportRoutes(upstream: Upstream): Router {
  const router = rejectMalformedIds(Router());

  router.get('/schools/:schoolId/reports/filling', permit('reports.filling'), async (req, res) => {
    const request = { schoolId: param(req, 'schoolId'), from: dateQuery(req, 'from'), to: dateQuery(req, 'to'), format: query(req, 'format') };
    send(res, await upstream.call<reportsV1.FillingControl__Output>(callerOf(res), 'ReportsService/GetFillingControl', (md, o, cb) => upstream.reports.getFillingControl(request, md, o, cb), REPORT_DEADLINE_MS));
  });

  router.get('/schools/:schoolId/reports/filling-chart', permit('reports.filling'), async (req, res) => {
    const request = { schoolId: param(req, 'schoolId'), from: dateQuery(req, 'from'), to: dateQuery(req, 'to'), format: '' };
    const chart = await upstream.call<reportsV1.ReportFile__Output>(callerOf(res), 'ReportsService/GetFillingChart', (md, o, cb) => upstream.reports.getFillingChart(request, md, o, cb), REPORT_DEADLINE_MS);
    res.type(chart.contentType).set('cache-control', 'private, no-store').send(Buffer.from(chart.content));
  });

  router.get('/classes/:classId/reports/summary', permit('reports.class'), async (req, res) => {
    const request = { classId: param(req, 'classId'), periodId: idQuery(req, 'periodId'), format: query(req, 'format') };
    send(res, await upstream.call<reportsV1.SummarySheet__Output>(callerOf(res), 'ReportsService/GetSummarySheet', (md, o, cb) => upstream.reports.getSummarySheet(request, md, o, cb), REPORT_DEADLINE_MS));
  });

  router.get('/classes/:classId/reports/average-chart', permit('reports.class'), async (req, res) => {
    const request = { classId: param(req, 'classId'), periodId: idQuery(req, 'periodId'), subjectId: query(req, 'subjectId') };
    const chart = await upstream.call<reportsV1.ReportFile__Output>(callerOf(res), 'ReportsService/GetAverageChart', (md, o, cb) => upstream.reports.getAverageChart(request, md, o, cb), REPORT_DEADLINE_MS);
    res.type(chart.contentType).set('cache-control', 'private, no-store').send(Buffer.from(chart.content));
  });

  router.get('/classes/:classId/reports/attendance', permit('reports.class'), async (req, res) => {
    const request = { classId: param(req, 'classId'), from: dateQuery(req, 'from'), to: dateQuery(req, 'to'), format: query(req, 'format') };
    send(res, await upstream.call<reportsV1.AttendanceSheet__Output>(callerOf(res), 'ReportsService/GetAttendanceSheet', (md, o, cb) => upstream.reports.getAttendanceSheet(request, md, o, cb), REPORT_DEADLINE_MS));
  });

  router.get('/classes/:classId/reports/movements', permit('reports.class'), async (req, res) => {
    const request = { classId: param(req, 'classId'), periodId: idQuery(req, 'periodId'), from: dateQuery(req, 'from'), to: dateQuery(req, 'to'), format: query(req, 'format') };
    send(res, await upstream.call<reportsV1.MovementList__Output>(callerOf(res), 'ReportsService/GetMovementList', (md, o, cb) => upstream.reports.getMovementList(request, md, o, cb), REPORT_DEADLINE_MS));
  });

  router.get('/reports/region', permit('reports.region'), async (req, res) => {
    const request = { municipality: query(req, 'municipality'), from: dateQuery(req, 'from'), to: dateQuery(req, 'to'), format: query(req, 'format') };
    send(res, await upstream.call<reportsV1.RegionOverview__Output>(callerOf(res), 'ReportsService/GetRegionOverview', (md, o, cb) => upstream.reports.getRegionOverview(request, md, o, cb), REPORT_DEADLINE_MS));
  });

  return router;
}
