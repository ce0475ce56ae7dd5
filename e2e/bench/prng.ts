/** A small seeded PRNG (sfc32), so the corpus is the same on every machine. No Math.random. */
export class Rng {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(seed: number) {
    this.a = 0x9e3779b9
    this.b = 0x243f6a88
    this.c = 0xb7e15162
    this.d = seed >>> 0
    for (let i = 0; i < 15; i++) this.next()
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.a >>>= 0
    this.b >>>= 0
    this.c >>>= 0
    this.d >>>= 0
    const t = (this.a + this.b) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.d = (this.d + 1) | 0
    const result = (t + this.d) | 0
    this.c = (this.c + result) | 0
    return (result >>> 0) / 4294967296
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]
  }

  /** Lower-case letters and digits, like the hashes in steemitimages URLs. */
  token(length: number, alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'): string {
    let out = ''
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)]
    return out
  }
}

/**
 * Picks indices in [0, n) with a Zipf-like skew (weight 1 / (i + 1)^s): a few
 * items are very common, most are rare, as tags are on a real blog.
 */
export class Zipf {
  private readonly cumulative: number[]

  constructor(n: number, s: number) {
    let total = 0
    this.cumulative = []
    for (let i = 0; i < n; i++) {
      total += 1 / Math.pow(i + 1, s)
      this.cumulative.push(total)
    }
    for (let i = 0; i < n; i++) this.cumulative[i] /= total
  }

  sample(rng: Rng): number {
    const x = rng.next()
    let lo = 0
    let hi = this.cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.cumulative[mid] < x) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
