/** A server page's whole answer: the doctype, then the page rendered by preact-render-to-string (which escapes every text and attribute). */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** The HTML of a page component's tree, with its doctype. */
export function htmlDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`;
}
