/**
 * Dynamic params arrive percent-encoded (`%E5%8C%BA…`) while
 * `generateStaticParams` returns raw names; compare in raw form.
 */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/** A page number from a URL segment: "2" → 2; anything else (`02`, `1.5`, `x`) → NaN. */
export function parsePageNumber(segment: string): number {
  return /^[1-9]\d*$/.test(segment) ? Number(segment) : Number.NaN
}
