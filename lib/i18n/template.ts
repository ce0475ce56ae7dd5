import type { Plural } from './messages'

/**
 * `{name}` in a message replaced by its value. Pure and tiny: client
 * components use it on the strings they are handed.
 */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}

const pluralRules = new Map<string, Intl.PluralRules>()

/** The form of `plural` that `count` takes in `locale`, with `{count}` (and `values`) filled in. */
export function pluralTemplate(
  locale: string,
  plural: Plural,
  count: number,
  values: Record<string, string | number> = {},
): string {
  let rules = pluralRules.get(locale)
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)))
  const form = rules.select(count) === 'one' ? plural.one : plural.other
  return fillTemplate(form, { count: count.toLocaleString(locale), ...values })
}
