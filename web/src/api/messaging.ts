// What the navigation needs of messaging on every screen (kept small: the screens themselves load on demand).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api, listen } from './client';
import type { Me } from './me';

/** Unread messages, notices, and announcements waiting for «ознакомлен». */
export interface UnreadCounts {
  messages: number;
  notices: number;
  announcements: number;
}

/** Roles that write and read messages, notices and announcements (the policy's messages.use). */
const MESSAGING_ROLES = ['school_admin', 'director', 'deputy_director', 'subject_teacher', 'class_teacher', 'parent', 'student'];
/** The school's administration: publishes to anyone of the school and sees who confirmed. */
export const MANAGING_ROLES = ['school_admin', 'director', 'deputy_director'];
export const STAFF_ROLES = [...MANAGING_ROLES, 'subject_teacher', 'class_teacher'];

/** The schools the caller has messages in (every role but the regional operator and a trusted person). */
export function messagingSchools(me: Me): string[] {
  return [...new Set(me.grants.filter((grant) => MESSAGING_ROLES.includes(grant.role) && grant.schoolId).map((grant) => grant.schoolId!))];
}

/**
 * The unread counts for the navigation's badges: asked every minute while the tab is visible (a tab in
 * the background does not poll; it asks again when it is looked at).
 */
export const useUnreadCounts = (enabled: boolean) =>
  useQuery({ queryKey: ['unread-counts'], queryFn: () => api<UnreadCounts>('/notices/unread-counts'), enabled, refetchInterval: 60_000, refetchIntervalInBackground: false, staleTime: 30_000 });

/**
 * Live signals of the caller's own inbox (GET /notices/stream): on «something new» the counts, notices
 * and threads are asked again at once instead of at the next minute. Listened to while the tab is
 * visible; the server closes a stream after 5 minutes and it is opened again with the current token.
 */
export function useInboxSignals(enabled: boolean): void {
  const queries = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let controller: AbortController | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      for (const key of ['unread-counts', 'notices', 'threads', 'thread']) void queries.invalidateQueries({ queryKey: [key] });
    };
    const open = () => {
      if (stopped || controller || document.visibilityState !== 'visible') return;
      controller = new AbortController();
      const current = controller;
      listen('/notices/stream', (event) => event === 'inbox' && refresh(), current.signal)
        .catch(() => undefined)
        .finally(() => {
          if (controller === current) controller = null;
          // Back after a pause (the server ended it, or the connection went); never in a hidden tab.
          if (!stopped) retry = setTimeout(open, 5_000);
        });
    };
    const visibility = () => {
      if (document.visibilityState === 'visible') {
        refresh();
        open();
      } else {
        controller?.abort();
        controller = null;
      }
    };
    document.addEventListener('visibilitychange', visibility);
    open();
    return () => {
      stopped = true;
      clearTimeout(retry);
      controller?.abort();
      document.removeEventListener('visibilitychange', visibility);
    };
  }, [enabled, queries]);
}
