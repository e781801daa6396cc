export default async function globalTeardown() {
  await globalThis.__EFP_STACK__?.stop();
  globalThis.__EFP_STACK__ = undefined;
}
