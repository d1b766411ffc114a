import { join } from 'node:path';
import express, { type Request, type RequestHandler, type Response } from 'express';
import { Problem } from './problem';

/** Paths the gateway answers itself: never a file of the web client, never its page. */
const GATEWAY_PATHS = /^\/(?:api|\.well-known|healthz|readyz|openapi)(?:[/.]|$)/;
/** Vite's build output: file names carry a hash of the content, so a file never changes under its name. */
const ASSETS = /^\/assets\//;
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * A page of the web client (its client-side routes: /journal/…): the page itself, or a browser's
 * navigation to any other path that is not the gateway's own — one that asks for HTML before JSON.
 * A missing script, style or picture (asked for with Accept image/… or *\/*) stays a 404.
 */
function isClientPage(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  return req.path === '/' || req.accepts(['json', 'html']) === 'html';
}

/**
 * The built web client (web/dist: index.html and assets/), served on the API's origin. Public: no
 * token, no rate limit (one page load fetches several files; a whole school may share one address).
 * Hashed assets are cached for a year; index.html is revalidated on every load, so a new build is
 * picked up at once. The folder is read per request: a client built after the gateway started is served.
 */
export function webClient(root: string): RequestHandler {
  const files = express.static(root, {
    index: false,
    redirect: false,
    cacheControl: false,
    setHeaders: (res: Response) => res.setHeader('Cache-Control', ASSETS.test(res.req.path) ? IMMUTABLE : 'no-cache'),
  });
  const page = join(root, 'index.html');
  return (req, res, next) => {
    if (GATEWAY_PATHS.test(req.path)) return next();
    files(req, res, (error?: unknown) => {
      if (error) return next(error);
      // The client's own folder: a file missing there is missing (not a question for the API's authentication).
      if (ASSETS.test(req.path)) return next(new Problem(404, 'not-found', 'Не найдено', 'такого файла нет'));
      if (!isClientPage(req)) return next();
      res.set('Cache-Control', 'no-cache');
      res.sendFile(page, { cacheControl: false, dotfiles: 'allow' }, (sendError?: Error & { status?: number; code?: string; syscall?: string }) => {
        if (!sendError) return;
        if (sendError.status === 404) {
          res.removeHeader('Cache-Control');
          return next(new Problem(404, 'web-client-not-built', 'Веб-клиент не собран', 'веб-клиент ещё не собран: его собирает `make up` (или задайте WEB_ROOT — папку сборки)'));
        }
        // The client went away mid-transfer: nobody is left to answer (as express's own sendFile does).
        if (sendError.code === 'ECONNABORTED' || sendError.syscall === 'write') return;
        next(sendError);
      });
    });
  };
}
