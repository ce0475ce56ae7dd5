import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter'

/** Ends the run with the plain `N passed, N failed` line that CI reads. */
export default class SummaryReporter implements Reporter {
  private passed = 0
  private failed = 0
  private skipped = 0

  onTestEnd(test: TestCase, result: TestResult) {
    if (result.retry < test.retries && result.status !== 'passed') return
    if (result.status === 'skipped') this.skipped++
    else if (result.status === test.expectedStatus) this.passed++
    else this.failed++
  }

  onEnd(result: FullResult) {
    // A run that failed outside any test (e.g. the web server did not start) still counts as failed.
    if (result.status !== 'passed') this.failed = Math.max(this.failed, 1)
    console.log(`e2e: ${this.passed} passed, ${this.failed} failed${this.skipped ? `, ${this.skipped} skipped` : ''}`)
  }
}
