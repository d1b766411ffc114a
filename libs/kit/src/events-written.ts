/**
 * Tells the outbox relay of this process that a write has just left events in a collection's
 * documents, so it publishes them now instead of at its next poll. Writers never call the relay:
 * the kit's write primitives announce their events after the commit, and the relay listens.
 */
const listeners = new Map<string, Set<() => void>>();

/** Called by the kit's write primitives once a write carrying events is committed. */
export function announceEventsWritten(collection: string): void {
  for (const listener of listeners.get(collection) ?? []) listener();
}

/** Hears of events written to these collections; returns the function that stops listening. */
export function listenForEventsWritten(collections: string[], listener: () => void): () => void {
  for (const collection of collections) {
    const set = listeners.get(collection) ?? new Set();
    set.add(listener);
    listeners.set(collection, set);
  }
  return () => collections.forEach((collection) => listeners.get(collection)?.delete(listener));
}
