import type { messagingV1 } from '@ejournal/contracts';
import express, { Router, type Request } from 'express';
import { z } from 'zod';
import { param, query, rejectMalformedIds } from '../params';
import { permit } from '../permit';
import { Problem } from '../problem';
import type { LiveInbox } from '../live-inbox';
import { callerOf, type Upstream } from '../upstream';
import { accepts, bodyOf, field } from '../validation';
import { toJson } from '../wire';

const startBody = z.object({
  schoolId: field.id('школа'),
  subject: field.text('тема', 200),
  participantIds: field.list(field.id('адресат'), 'адресаты').max(60, { error: 'не больше 60 адресатов' }),
  text: field.text('текст', 5_000),
});
const postBody = z.object({ text: field.text('текст', 5_000) });
const reportBody = z.object({ reason: field.text('причина', 1_000).optional() });
const announcementBody = z.object({
  audience: z.object({ kind: field.oneOf(['school', 'grade', 'class', 'group'] as const, 'кому'), target: field.id('параллель, класс или группа').optional() }),
  title: field.text('заголовок', 200),
  text: field.text('текст', 10_000),
  visibleFrom: field.date('показывать с').optional(),
  visibleUntil: field.date('показывать по').optional(),
  requiresConfirmation: field.flag('нужно подтверждение «ознакомлен»').optional(),
});
/** Read up to the newest message shown (its lastMessageAt); without it, everything up to now. */
const readThreadBody = z.object({ upTo: field.text('момент последнего показанного сообщения (lastMessageAt)', 40).optional() });
const readBody = z.object({ noticeIds: field.list(field.text('уведомление', 64), 'уведомления').max(500, { error: 'не больше 500' }).optional() });
const preferencesBody = z.object({
  kinds: field.list(z.object({ kind: field.text('вид уведомления', 40), email: field.flag('на почту сразу'), digest: field.flag('в сводку') }), 'каналы по видам уведомлений').max(40).optional(),
  quietFrom: field.text('тихие часы с (ЧЧ:ММ)', 5).optional(),
  quietUntil: field.text('тихие часы до (ЧЧ:ММ)', 5).optional(),
  digest: field.oneOf(['daily', 'weekly'] as const, 'сводка').optional(),
  digestHour: field.int('час сводки').min(0, { error: 'час от 0 до 23' }).max(23, { error: 'час от 0 до 23' }).optional(),
  digestWeekday: field.int('день недели сводки').min(1, { error: 'от 1 до 7' }).max(7, { error: 'от 1 до 7' }).optional(),
});

/** A cursor from an earlier answer (an id), or ''; anything else is a 400. */
function cursorQuery(req: Request): string {
  const cursor = query(req, 'cursor');
  if (cursor && !/^[A-Za-z0-9_-]{1,64}$/.test(cursor)) throw new Problem(400, 'invalid-argument', 'Неверный запрос', 'параметр cursor: курсор из прежнего ответа', { cursor: 'курсор из прежнего ответа' });
  return cursor;
}

function limitQuery(req: Request): number {
  const limit = query(req, 'limit');
  if (limit && !/^\d{1,3}$/.test(limit)) throw new Problem(400, 'invalid-argument', 'Неверный запрос', 'параметр limit: число от 1 до 100', { limit: 'число от 1 до 100' });
  return Number(limit || 0);
}

/**
 * Messages between the school and families, announcements and notices (messaging service; 002 §2.2,
 * 000 §9.1–9.2). Every route is the caller's own: the service answers a thread, an announcement or a
 * notice that is not theirs exactly as one that does not exist.
 */
export function messageRoutes(upstream: Upstream, liveInbox: LiveInbox): Router {
  const router = rejectMalformedIds(Router());
  const messaging = upstream.messaging;
  const uses = permit('messages.use');
  const answer = <T>(name: string, invoke: Parameters<Upstream['call']>[2], res: Parameters<typeof callerOf>[0]) => upstream.call<T>(callerOf(res), name, invoke as never);

  router.get('/schools/:schoolId/correspondents', uses, async (req, res) => {
    const list = await answer<messagingV1.Correspondents__Output>('MessagingService/ListCorrespondents', (md, o, cb) => messaging.listCorrespondents({ schoolId: param(req, 'schoolId') }, md, o, cb), res);
    res.set('cache-control', 'private, no-store').json(toJson(list));
  });

  router.get('/messages/threads', uses, async (req, res) => {
    const q = query(req, 'q');
    if (q.length > 100) throw new Problem(400, 'invalid-argument', 'Неверный запрос', 'поиск: не длиннее 100 символов', { q: 'не длиннее 100 символов' });
    const list = await answer<messagingV1.ThreadList__Output>('MessagingService/ListThreads', (md, o, cb) => messaging.listThreads({ cursor: cursorQuery(req), limit: limitQuery(req), query: q }, md, o, cb), res);
    res.set('cache-control', 'private, no-store').json(toJson(list));
  });

  router.post('/messages/threads', uses, accepts(startBody), async (_req, res) => {
    const body = bodyOf(res, startBody);
    const thread = await answer<messagingV1.Thread__Output>('MessagingService/StartThread', (md, o, cb) => messaging.startThread(body, md, o, cb), res);
    res.status(201).location(`/api/v1/messages/threads/${thread.threadId}`).json(toJson(thread));
  });

  router.get('/messages/threads/:threadId', uses, async (req, res) => {
    const thread = await answer<messagingV1.Thread__Output>('MessagingService/GetThread', (md, o, cb) => messaging.getThread({ threadId: param(req, 'threadId'), cursor: cursorQuery(req), limit: limitQuery(req) }, md, o, cb), res);
    res.set('cache-control', 'private, no-store').json(toJson(thread));
  });

  router.post('/messages/threads/:threadId/messages', uses, accepts(postBody), async (req, res) => {
    const body = bodyOf(res, postBody);
    const thread = await answer<messagingV1.Thread__Output>('MessagingService/PostMessage', (md, o, cb) => messaging.postMessage({ threadId: param(req, 'threadId'), text: body.text }, md, o, cb), res);
    res.status(201).json(toJson(thread));
  });

  // A message carrying a file: the body is the file itself, its name in ?name= (as for homework files);
  // words go as a message of their own (no message text in an address).
  router.post('/messages/threads/:threadId/files', uses, express.raw({ type: () => true, limit: '6mb' }), async (req, res) => {
    const name = query(req, 'name');
    if (!name) throw new Problem(400, 'invalid-argument', 'Неверный запрос', 'укажите имя файла: ?name=', { name: 'имя файла' });
    const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const thread = await answer<messagingV1.Thread__Output>('MessagingService/AttachFile', (md, o, cb) => messaging.attachFile({ threadId: param(req, 'threadId'), name, contentType: req.get('content-type') ?? '', content, text: '' }, md, o, cb), res);
    res.status(201).json(toJson(thread));
  });

  // A thread's file, for its participants only.
  router.get('/messages/threads/:threadId/files/:fileId', uses, async (req, res) => {
    const { file, content } = await answer<messagingV1.FileContent__Output>('MessagingService/GetFile', (md, o, cb) => messaging.getFile({ threadId: param(req, 'threadId'), fileId: param(req, 'fileId') }, md, o, cb), res);
    res
      .type(file?.contentType ?? 'application/octet-stream')
      .set('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file?.name ?? 'file')}`)
      .set('cache-control', 'private, no-store')
      .send(Buffer.from(content));
  });

  router.post('/messages/threads/:threadId/read', uses, accepts(readThreadBody, { optional: true }), async (req, res) => {
    const upTo = bodyOf(res, readThreadBody)?.upTo ?? '';
    const thread = await answer<messagingV1.Thread__Output>('MessagingService/MarkThreadRead', (md, o, cb) => messaging.markThreadRead({ threadId: param(req, 'threadId'), upTo }, md, o, cb), res);
    res.json(toJson(thread));
  });

  router.post('/messages/threads/:threadId/messages/:messageId/withdrawal', uses, async (req, res) => {
    const thread = await answer<messagingV1.Thread__Output>('MessagingService/WithdrawMessage', (md, o, cb) => messaging.withdrawMessage({ threadId: param(req, 'threadId'), messageId: param(req, 'messageId') }, md, o, cb), res);
    res.json(toJson(thread));
  });

  router.post('/messages/threads/:threadId/messages/:messageId/report', uses, accepts(reportBody, { optional: true }), async (req, res) => {
    const body = bodyOf(res, reportBody) ?? {};
    const report = await answer<messagingV1.ReportMessageResponse__Output>('MessagingService/ReportMessage', (md, o, cb) => messaging.reportMessage({ threadId: param(req, 'threadId'), messageId: param(req, 'messageId'), reason: body.reason ?? '' }, md, o, cb), res);
    res.status(202).json(toJson(report));
  });

  router.get('/schools/:schoolId/announcements', uses, async (req, res) => {
    const list = await answer<messagingV1.AnnouncementList__Output>('MessagingService/ListAnnouncements', (md, o, cb) => messaging.listAnnouncements({ schoolId: param(req, 'schoolId') }, md, o, cb), res);
    res.set('cache-control', 'private, no-store').json(toJson(list));
  });

  // A group's class is known to messaging only: for a group, the coarse check here, the service decides.
  const publishes = permit('announcement.publish', (req) => ({ schoolId: param(req, 'schoolId'), ...(req.body?.audience?.kind === 'class' && typeof req.body.audience.target === 'string' ? { classId: req.body.audience.target } : {}) }));
  const publishesToGroup = permit('announcement.publish');
  router.post('/schools/:schoolId/announcements', Object.assign((req: Request, res: Parameters<typeof publishes>[1], next: Parameters<typeof publishes>[2]) => (req.body?.audience?.kind === 'group' ? publishesToGroup : publishes)(req, res, next), { action: 'announcement.publish' }), accepts(announcementBody), async (req, res) => {
    const body = bodyOf(res, announcementBody);
    const item = await answer<messagingV1.Announcement__Output>(
      'MessagingService/PublishAnnouncement',
      (md, o, cb) =>
        messaging.publishAnnouncement({ schoolId: param(req, 'schoolId'), audience: { kind: body.audience.kind, target: body.audience.target ?? '' }, title: body.title, text: body.text, visibleFrom: body.visibleFrom ?? '', visibleUntil: body.visibleUntil ?? '', requiresConfirmation: body.requiresConfirmation ?? false }, md, o, cb),
      res,
    );
    res.status(201).json(toJson(item));
  });

  router.post('/announcements/:announcementId/confirmation', uses, async (req, res) => {
    const item = await answer<messagingV1.Announcement__Output>('MessagingService/ConfirmAnnouncement', (md, o, cb) => messaging.confirmAnnouncement({ announcementId: param(req, 'announcementId') }, md, o, cb), res);
    res.json(toJson(item));
  });

  router.get('/notices', uses, async (req, res) => {
    const list = await answer<messagingV1.NoticeList__Output>('MessagingService/ListNotices', (md, o, cb) => messaging.listNotices({ cursor: cursorQuery(req), limit: limitQuery(req) }, md, o, cb), res);
    res.set('cache-control', 'private, no-store').json(toJson(list));
  });

  router.post('/notices/read', uses, accepts(readBody, { optional: true }), async (_req, res) => {
    const body = bodyOf(res, readBody) ?? {};
    const list = await answer<messagingV1.NoticeList__Output>('MessagingService/MarkNoticesRead', (md, o, cb) => messaging.markNoticesRead({ noticeIds: body.noticeIds ?? [] }, md, o, cb), res);
    res.json(toJson(list));
  });

  router.get('/notices/unread-counts', uses, async (_req, res) => {
    const counts = await answer<messagingV1.UnreadCounts__Output>('MessagingService/GetUnreadCounts', (md, o, cb) => messaging.getUnreadCounts({}, md, o, cb), res);
    res.set('cache-control', 'private, no-store').json(toJson(counts));
  });

  // A live stream (text/event-stream) of «something new» signals for the caller's own inbox; the browser
  // then asks /notices/unread-counts. Closed after 5 minutes: the browser comes back with its current token.
  router.get('/notices/stream', uses, (_req, res) => {
    const { principal } = callerOf(res);
    if (!principal.personId) throw new Problem(404, 'not-found', 'Не найдено', 'нет такого человека');
    liveInbox.open(principal.personId, principal.subject, res);
  });

  router.get('/notices/preferences', uses, async (_req, res) => {
    const preferences = await answer<messagingV1.NoticePreferences__Output>('MessagingService/GetNoticePreferences', (md, o, cb) => messaging.getNoticePreferences({}, md, o, cb), res);
    res.set('cache-control', 'private, no-store').json(toJson(preferences));
  });

  router.put('/notices/preferences', uses, accepts(preferencesBody), async (_req, res) => {
    const body = bodyOf(res, preferencesBody);
    const preferences = await answer<messagingV1.NoticePreferences__Output>(
      'MessagingService/SetNoticePreferences',
      (md, o, cb) => messaging.setNoticePreferences({ kinds: body.kinds ?? [], quietFrom: body.quietFrom ?? '', quietUntil: body.quietUntil ?? '', digest: body.digest ?? '', digestHour: body.digestHour ?? -1, digestWeekday: body.digestWeekday ?? 0, email: '', emailFailure: '' }, md, o, cb),
      res,
    );
    res.json(toJson(preferences));
  });

  return router;
}
