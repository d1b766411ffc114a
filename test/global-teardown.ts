export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __containers?: { stop(): Promise<void> } }).__containers?.stop();
}
