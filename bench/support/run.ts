// A bench's entry point: runs `main` and exits with its exit code (or 1 when it throws), since the sandbox's
// SQL server connections and timers would keep the process alive.

export function runBench(main: () => Promise<void>): void {
  void main().then(
    () => process.exit(process.exitCode ?? 0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
