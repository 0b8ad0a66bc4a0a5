export default async function globalTeardown(): Promise<void> {
  await globalThis.__COMMONROOM_TEST_PG__?.stop();
}
