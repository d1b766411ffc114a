import { aggregateSchema, VersionedDocuments } from '@ejournal/kit';
import type mongoose from 'mongoose';
import type { Roster } from '../domain/roster';

/** One roster per academic year (its id is the year's). */
export function rosterStore(connection: mongoose.Connection): VersionedDocuments<Roster> {
  return new VersionedDocuments(connection.model('Roster', aggregateSchema('rosters')), 'контингент');
}
