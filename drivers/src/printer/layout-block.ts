/** The blocks a printed layout is made of (ticket-layout.ts and checklist-layout.ts make them, raster.ts draws them). */

/** One piece of a printed layout, drawn top to bottom and centred. */
export type LayoutBlock =
  /**
   * Wrapped text; `size` is the font size in dots. `frame`: 'box' draws a thick outline around it,
   * 'inverted' prints white on a black band (costly in ink-less thermal paper terms: heats a lot of dots).
   */
  | { kind: 'text'; text: string; size: number; weight: 400 | 700; frame?: 'box' | 'inverted'; maxLines?: number; align?: 'center' | 'left' }
  /** A checklist line: an empty tick box, then `text` (regular) and `detail` (bold) wrapped left-aligned beside it. */
  | { kind: 'item'; text: string; detail?: string; size: number }
  /**
   * One line as large as fits `widthShare` of the paper, at most `maxSize` dots high, drawn `condense`
   * times as wide as the font's own letters (1 = as designed).
   */
  | { kind: 'fit'; text: string; maxSize: number; widthShare: number; weight: 400 | 700; condense?: number }
  | { kind: 'qr'; data: string; moduleDots: number }
  | { kind: 'rule'; thickness: number }
  | { kind: 'space'; dots: number };
