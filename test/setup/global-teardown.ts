export default async function globalTeardown() {
  const child = globalThis.__EFP_TEST_STACK__;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}
