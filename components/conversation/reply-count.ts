import type { Messages } from '@/lib/i18n'
import { pluralTemplate } from '@/lib/i18n/template'

/** "1 reply", "1,234 replies", "28 条评论": the post header and the thread's heading say it the same way. */
export const replyCountText = (count: number, t: Messages) => pluralTemplate(t.locale, t.replies.count, count)
