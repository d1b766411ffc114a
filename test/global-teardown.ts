export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { __containers?: { stop(): Promise<void> } };
  const containers = holder.__containers;
  delete holder.__containers;
  await containers?.stop();
}
