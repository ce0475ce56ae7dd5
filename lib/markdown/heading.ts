/** A heading of a rendered post, as the table of contents needs it. */
export interface Heading {
  /** 2–6 after demotion: the page title is the only h1. */
  depth: number
  text: string
  /** The element id, exactly as in the HTML (not percent-encoded). */
  id: string
}
