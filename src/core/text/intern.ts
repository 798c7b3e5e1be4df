// Interns the word forms of one text by their characters in place: no substring per word, one per distinct form.

/** Starting slots (a power of two); the table doubles when half full. */
const INITIAL_SLOTS = 1024;

export class FormTable {
  private slots = INITIAL_SLOTS;
  private size = 0;
  /** Per slot: offset of the form's first occurrence in the text, or -1 for an empty slot. */
  private at = new Int32Array(INITIAL_SLOTS).fill(-1);
  private len = new Int32Array(INITIAL_SLOTS);
  private hash = new Int32Array(INITIAL_SLOTS);
  private value = new Int32Array(INITIAL_SLOTS);

  constructor(private readonly text: string) {}

  private static hashOf(text: string, s: number, e: number): number {
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h | 0;
  }

  private same(a: number, b: number, n: number): boolean {
    for (let i = 0; i < n; i++) if (this.text.charCodeAt(a + i) !== this.text.charCodeAt(b + i)) return false;
    return true;
  }

  private find(s: number, n: number, h: number): number {
    const mask = this.slots - 1;
    let k = h & mask;
    while (this.at[k] >= 0 && !(this.hash[k] === h && this.len[k] === n && this.same(this.at[k], s, n))) k = (k + 1) & mask;
    return k;
  }

  /** Where the last miss of `get` would go, and its hash: `set` fills it without searching again. */
  private missSlot = -1;
  private missHash = 0;

  /** The value stored for the form text[s, e) (values are ≥ 0), or -1 when it is new. */
  get(s: number, e: number): number {
    const h = FormTable.hashOf(this.text, s, e);
    const k = this.find(s, e - s, h);
    if (this.at[k] >= 0) return this.value[k];
    this.missSlot = k;
    this.missHash = h;
    return -1;
  }

  /** Stores the value of the form that the last `get` missed. */
  set(s: number, e: number, v: number): void {
    const k = this.missSlot;
    this.at[k] = s; this.len[k] = e - s; this.hash[k] = this.missHash; this.value[k] = v;
    if (++this.size * 2 > this.slots) this.grow();
  }

  private grow(): void {
    const { at, len, hash, value } = this;
    this.slots *= 2;
    this.at = new Int32Array(this.slots).fill(-1);
    this.len = new Int32Array(this.slots);
    this.hash = new Int32Array(this.slots);
    this.value = new Int32Array(this.slots);
    for (let k = 0; k < at.length; k++) {
      if (at[k] < 0) continue;
      const j = this.find(at[k], len[k], hash[k]);
      this.at[j] = at[k]; this.len[j] = len[k]; this.hash[j] = hash[k]; this.value[j] = value[k];
    }
  }
}
