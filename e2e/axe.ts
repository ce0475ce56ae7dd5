import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/**
 * axe over the page (or only the `include`d parts), its violations as one
 * line each — rule and the first few elements — so a failing expectation
 * says what broke where.
 */
export async function axeViolations(page: Page, include: string[] = []): Promise<string[]> {
  const builder = include.reduce((axe, selector) => axe.include(selector), new AxeBuilder({ page }))
  const { violations } = await builder.analyze()
  return violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  )
}
