// Prints "N passed, M failed, K skipped" as the run's last line, summed over every browser. A
// test file that fails to load (or errors outside a test) counts as one failure.

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function countReporter() {
  let totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.passed + totals.failed + totals.skipped;
        count(session.testResults, totals);
        const ran = totals.passed + totals.failed + totals.skipped - before;
        const broken = (session.errors?.length ?? 0) > 0 || (ran === 0 && !session.passed);
        if (broken) totals.failed++;
      }
    },
    stop() {
      // The default reporter writes its summary after this hook: print the count on exit instead.
      process.once('exit', () =>
        console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`),
      );
    },
  };
}
