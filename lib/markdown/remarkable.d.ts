/** The part of remarkable 1.x (a dev dependency, for golden tests) the tests use; its own package has no types. */
declare module 'remarkable' {
  interface RemarkableOptions {
    html?: boolean
    breaks?: boolean
    linkify?: boolean
    typographer?: boolean
    quotes?: string
  }
  class Remarkable {
    constructor(options?: RemarkableOptions)
    render(markdown: string): string
  }
  export default Remarkable
}
