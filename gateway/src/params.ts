import type { Request } from 'express';

/** A path parameter as one string (express types allow arrays for wildcard segments). */
export function param(req: Request, name: string): string {
  const value = req.params[name];
  return Array.isArray(value) ? value.join('/') : String(value ?? '');
}
