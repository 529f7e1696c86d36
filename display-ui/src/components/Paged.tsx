/**
 * A titled list that shows what fits its box and pages through the rest, with "1/3" in its title.
 * Hand-written because what fits is only known once laid out: every item is rendered (so the pages are
 * measured, never guessed), items of other pages are hidden in place, and the list slides to the page's
 * first row. Nothing is cut and nothing scrolls, whatever the screen and however long the names.
 */
import type { ComponentChildren, VNode } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface PagedProps<T> {
  id: string;
  title: ComponentChildren;
  items: readonly T[];
  /** One <li> per item (it must carry its own key). */
  render: (item: T) => VNode;
  class: string;
  listClass: string;
  /** How long a page stays; default 8 s. */
  pageMs?: number;
  /** When set, every page is shown within this time (pages then turn faster, down to 2.5 s each). */
  cycleMs?: number;
}

const DEFAULT_PAGE_MS = 8000;
const MIN_PAGE_MS = 2500;

/** Page starts (offsets) and each item's page, from the laid-out list and the height it may use. */
export function pageBreaks(boxes: ReadonlyArray<{ top: number; height: number }>, room: number): { starts: number[]; pageOf: number[] } {
  const starts: number[] = [];
  const pageOf: number[] = [];
  boxes.forEach((b, i) => {
    // A new page at the first item (of a row) that would end below the box; a row's items share a top.
    if (i === 0 || (b.top + b.height - starts.at(-1)! > room + 0.5 && b.top > starts.at(-1)!)) starts.push(b.top);
    pageOf.push(starts.length - 1);
  });
  return { starts, pageOf };
}

/** The time a page stays, so that `cycleMs` (if given) covers every page. */
export function pageTime(pages: number, pageMs = DEFAULT_PAGE_MS, cycleMs?: number): number {
  if (!cycleMs || pages <= 1) return pageMs;
  return Math.max(MIN_PAGE_MS, Math.min(pageMs, Math.floor(cycleMs / pages)));
}

/** The paged list section. */
export function Paged<T>(p: PagedProps<T>) {
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [pages, setPages] = useState(1);
  const [page, setPage] = useState(0);
  const current = pages > 0 ? page % pages : 0;

  // Measures after every render and on every resize; shows the current page, hides the others in place.
  const layout = () => {
    const b = box.current;
    const l = list.current;
    if (!b || !l) return;
    const kids = [...l.children] as HTMLElement[];
    const { starts, pageOf } = pageBreaks(kids.map((k) => ({ top: k.offsetTop, height: k.offsetHeight })), b.clientHeight);
    const n = Math.max(1, starts.length);
    if (n !== pages) setPages(n);
    const at = page % n;
    kids.forEach((k, i) => {
      k.dataset.page = String(pageOf[i] ?? 0);
      if (pageOf[i] === at) k.removeAttribute('data-off'); else k.setAttribute('data-off', '');
    });
    l.style.transform = `translateY(${-(starts[at] ?? 0) + (starts[0] ?? 0)}px)`;
    l.dataset.pages = String(n);
  };
  useLayoutEffect(layout);
  // One observer for the list's life (the box and the list are always rendered), calling the latest layout.
  const latest = useRef(layout);
  latest.current = layout;
  useEffect(() => {
    if (!box.current || typeof ResizeObserver === 'undefined') return;
    // The box (the screen) and the list (a web font arriving, a name wrapping anew) both move the page breaks.
    const ro = new ResizeObserver(() => latest.current());
    ro.observe(box.current);
    if (list.current) ro.observe(list.current);
    return () => ro.disconnect();
  }, []);
  const ms = pageTime(pages, p.pageMs, p.cycleMs);
  useEffect(() => {
    if (pages <= 1) return;
    const t = setInterval(() => setPage((x) => (x + 1) % pages), ms);
    return () => clearInterval(t);
  }, [pages, ms]);

  return (
    <section class={p.class} aria-labelledby={p.id}>
      <h2 id={p.id} class="section-title">
        <span>{p.title}</span>
        {pages > 1 && <span class="page-no" data-page-no={`${current + 1}/${pages}`}>{current + 1}/{pages}</span>}
      </h2>
      <div class="pager" ref={box}>
        <ul class={p.listClass} ref={list}>{p.items.map((it) => p.render(it))}</ul>
      </div>
    </section>
  );
}
