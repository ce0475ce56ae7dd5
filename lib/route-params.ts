/**
 * A percent-encoded path segment or `#fragment` in raw form (`%E5%8C%BA…` →
 * `区…`); text that is not valid encoding is returned as it is. Dynamic params
 * arrive encoded while `generateStaticParams` returns raw names, and heading
 * ids are compared decoded: everything is compared in raw form.
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
