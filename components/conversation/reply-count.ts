/** "1 reply", "1,234 replies": the post header and the thread's heading say it the same way. */
export const replyCountText = (count: number) => (count === 1 ? '1 reply' : `${count.toLocaleString('en')} replies`)
