/** Pages a list that is taller than its box: measured by rows, so a page never ends in half a button. */
import { useLayoutEffect, useState, type MutableRef } from 'preact/hooks';

/** Room kept around the buttons inside the box, for the focus ring. */
const PAD = 8;

/** The index of the first item of each page, from the items' rows and the list's height. */
function pageStarts(list: HTMLElement): number[] {
  const items = [...list.children] as HTMLElement[];
  const room = list.clientHeight - 2 * PAD;
  const starts = [0];
  let pageTop = items[0]?.offsetTop ?? 0;
  let rowTop = pageTop;
  let rowStart = 0;
  items.forEach((el, i) => {
    if (el.offsetTop !== rowTop) { rowTop = el.offsetTop; rowStart = i; }
    if (el.offsetTop + el.offsetHeight - pageTop > room && rowTop > pageTop) { starts.push(rowStart); pageTop = rowTop; }
  });
  return starts;
}

/** The list's pages and the page shown: items off the page are hidden, the page's first row is at the top. */
export function usePages(ref: MutableRef<HTMLElement | null>) {
  const [starts, setStarts] = useState<number[]>([0]);
  const [page, setPage] = useState(0);
  const shown = Math.min(page, starts.length - 1);
  useLayoutEffect(() => {
    const list = ref.current;
    if (!list) return;
    const place = () => {
      const s = pageStarts(list);
      setStarts((old) => (old.join() === s.join() ? old : s));
      const items = [...list.children] as HTMLElement[];
      const p = Math.min(page, s.length - 1);
      const from = s[p] ?? 0, to = s[p + 1] ?? items.length;
      items.forEach((el, i) => { el.toggleAttribute('data-off', s.length > 1 && (i < from || i >= to)); });
      // Moved up, not scrolled: a scroll stops at the end, so the last page's few would sit low under a gap.
      list.style.setProperty('--page-shift', `${s.length > 1 ? PAD - (items[from]?.offsetTop ?? PAD) : 0}px`);
    };
    place();
    const ro = new ResizeObserver(place);
    ro.observe(list);
    return () => ro.disconnect();
  });
  return { page: shown, pages: starts.length, next: () => setPage(Math.min(shown + 1, starts.length - 1)), prev: () => setPage(Math.max(shown - 1, 0)) };
}
