// The API as the client uses it: same origin (/api/v1), the caller's access token, a silent refresh
// when it has expired, and errors as the gateway's problem documents (RFC 9457) with Russian details.

export interface Session {
  accountId: string;
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

const KEY = 'ejournal.session';

/** The session survives a reload of the page (the refresh token); log-out and a refused refresh forget it. */
export const sessions = {
  current(): Session | null {
    const saved = localStorage.getItem(KEY);
    return saved ? (JSON.parse(saved) as Session) : null;
  },
  save(session: Session | null): void {
    if (session) localStorage.setItem(KEY, JSON.stringify(session));
    else localStorage.removeItem(KEY);
    for (const listener of listeners) listener(session);
  },
};
const listeners = new Set<(session: Session | null) => void>();
export function onSessionChange(listener: (session: Session | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A refusal of the API: its status and the problem document's words. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly title: string, detail: string, readonly errors: Record<string, string> = {}) {
    super(detail || title);
  }
}

/** The network did not answer (offline, the server away): the request may be sent again later. */
export class Unreachable extends Error {
  constructor() {
    super('нет связи с сервером');
  }
}

let refreshing: Promise<Session | null> | null = null;

/** Runs `work` while holding a lock shared by the origin's tabs (one tab at a time), where the browser has them. */
export function withLock<T>(name: string, work: () => Promise<T>): Promise<T> {
  return navigator.locks ? (navigator.locks.request(name, work) as Promise<T>) : work();
}

/**
 * A new access token for the session, one renewal at a time across tabs: a refresh token is good once,
 * and presenting it twice ends the session. Null when the session is over (revoked, expired, reused);
 * throws Unreachable when the server is away (the session stays).
 */
async function refresh(session: Session): Promise<Session | null> {
  refreshing ??= withLock('ejournal.refresh', async () => {
    // Another request or tab renewed it meanwhile (or signed out): take what it left.
    const latest = sessions.current();
    if (!latest || latest.refreshToken !== session.refreshToken) return latest;
    const response = await fetch('/api/v1/sessions/refresh', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refreshToken: session.refreshToken }) }).catch(() => {
      throw new Unreachable();
    });
    if (response.status === 400 || response.status === 401) {
      sessions.save(null); // back to log-in
      return null;
    }
    if (!response.ok) throw new Unreachable();
    const next = (await response.json()) as Session;
    sessions.save(next);
    return next;
  }).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

export interface RequestOptions {
  method?: string;
  body?: unknown;
  /** Sent as Idempotency-Key: a retry of the same command is not applied twice. */
  idempotencyKey?: string;
  /** Without the caller's token (log-in, change of a temporary password). */
  anonymous?: boolean;
  /** A CSV file sent as it is (text/csv) instead of a JSON body. */
  csv?: string;
  /** A file sent as it is (its own type), e.g. homework. */
  file?: File;
  /** Answers that are not errors for this call (an import's 422: its report of lines to fix). */
  accepted?: number[];
  /** Ends the request (a live stream the page no longer wants). */
  signal?: AbortSignal;
  /** What the answer is asked to be (JSON unless said). */
  accept?: string;
}

/** The API's answer to a request made as the caller (renewing the token when it has run out); a refusal throws ApiError, no answer Unreachable. */
async function exchange(path: string, options: RequestOptions): Promise<Response> {
  const send = async (session: Session | null) => {
    const headers: Record<string, string> = { accept: options.accept ?? 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.csv !== undefined) headers['content-type'] = 'text/csv; charset=utf-8';
    if (options.file) headers['content-type'] = options.file.type || 'application/octet-stream';
    if (session && !options.anonymous) headers.authorization = `Bearer ${session.accessToken}`;
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    try {
      const body = options.file ?? options.csv ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
      return await fetch(`/api/v1${path}`, { method: options.method ?? 'GET', headers, body, signal: options.signal });
    } catch {
      throw new Unreachable();
    }
  };
  let session = sessions.current();
  if (session && !options.anonymous && Date.parse(session.accessTokenExpiresAt) - Date.now() < 10_000) session = (await refresh(session)) ?? null;
  let response = await send(session);
  if (response.status === 401 && session && !options.anonymous) {
    const renewed = await refresh(session);
    if (!renewed) throw new ApiError(401, 'Нужно войти', 'сессия закончилась: войдите снова');
    response = await send(renewed);
  }
  if (!response.ok && !options.accepted?.includes(response.status)) {
    if (response.status === 401 && !options.anonymous) sessions.save(null);
    const problem = await response.json().catch(() => undefined);
    throw new ApiError(response.status, problem?.title ?? 'Ошибка', problem?.detail ?? `ошибка ${response.status}`, problem?.errors ?? {});
  }
  return response;
}

/** A JSON answer of the API (undefined for 204). */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await exchange(path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * A live stream of the API (text/event-stream) as the caller: each event's name is handed to `heard`
 * until the server ends it or `signal` does; resolves then (a refusal throws ApiError, no answer Unreachable).
 */
export async function listen(path: string, heard: (event: string) => void, signal: AbortSignal): Promise<void> {
  const response = await exchange(path, { signal, accept: 'text/event-stream' });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffered += value;
      const blocks = buffered.split('\n\n');
      buffered = blocks.pop() ?? '';
      for (const block of blocks) {
        const name = /^event: (.+)$/m.exec(block)?.[1];
        if (name) heard(name);
      }
    }
  } catch {
    if (!signal.aborted) throw new Unreachable();
  }
}

/**
 * A page or file the API serves to the caller only (a homework file, a password reset sheet), handed to
 * the browser: saved under `saveAs`, or opened in a new tab to print.
 */
export async function openFromApi(path: string, options: RequestOptions & { saveAs?: string } = {}): Promise<void> {
  const blob = await (await exchange(path, options)).blob();
  if (options.saveAs) return saveBlob(blob, options.saveAs);
  const url = URL.createObjectURL(blob);
  window.open(url, '_blank');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Hands the browser a file to save under a name. */
function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The file name a response names in its Content-Disposition (RFC 6266: `filename*` first), or `fallback`. */
function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: the plain name below, if any.
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(disposition);
  return (plain?.[1] ?? plain?.[2] ?? '').trim() || fallback;
}

/**
 * A file the API makes for the caller only (a report as CSV or XLSX), saved by the browser under the
 * name the server gives it (Content-Disposition), else `fallback`. A refusal throws ApiError, no answer Unreachable.
 */
export async function saveFromApi(path: string, fallback: string, options: RequestOptions = {}): Promise<string> {
  const response = await exchange(path, options);
  const name = fileNameOf(response.headers.get('content-disposition'), fallback);
  saveBlob(await response.blob(), name);
  return name;
}

/**
 * An image the API serves to the caller only (a chart as SVG), as a data: address for an <img>: the page's
 * Content-Security-Policy lets images come from the origin and data: (not blob:), and an SVG shown as an
 * image runs no scripts.
 */
export async function imageFromApi(path: string, accept = 'image/svg+xml'): Promise<string> {
  const blob = await (await exchange(path, { accept })).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error('изображение не прочитано'));
    reader.readAsDataURL(blob);
  });
}
