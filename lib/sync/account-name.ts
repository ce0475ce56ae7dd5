/**
 * Account names as both chains accept them (steem `is_valid_account_name`,
 * inherited by Hive): 3–16 characters, dot-separated parts of at least 3,
 * each starting with a letter, then letters, digits or dashes, ending with a
 * letter or digit. Checked before any request, so a typo costs no network.
 */
const PART = /^[a-z][a-z0-9-]*[a-z0-9]$/

export function accountNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 16) return 'names are 3 to 16 characters long'
  if (name !== name.toLowerCase()) return 'names are lower-case'
  for (const part of name.split('.')) {
    if (part.length < 3) return 'each dot-separated part is at least 3 characters long'
    if (!PART.test(part)) return 'each part starts with a letter and holds only letters, digits and dashes, ending with a letter or digit'
  }
  return undefined
}

/** `@alice` and `alice` name the same account (people copy names from profile URLs). */
export const normalizeAccountName = (name: string) => name.trim().replace(/^@/, '')
