// Stops every stack this jest process started (one file for all projects: jest runs it once).
export default async function globalTeardown() {
  const stacks = [...(globalThis.__EFP_TEST_STACKS__?.values() ?? [])];
  await Promise.all(
    stacks
      .filter((child) => child.exitCode === null && child.signalCode === null)
      .map((child) => {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        return exited;
      }),
  );
  globalThis.__EFP_TEST_STACKS__?.clear();
}
