/** How a document is handed in, and its words: one list for the catalog, its CSV, the printed checklist and the voice. */

/** bản chính, bản sao, bản sao có chứng thực, either, or shown (xuất trình). */
export const DOCUMENT_FORMS = ['original', 'copy', 'certifiedCopy', 'originalOrCopy', 'present'] as const;
export type DocumentForm = (typeof DOCUMENT_FORMS)[number];

/** Each form in Vietnamese, as printed, read aloud and written in a CSV. */
export const DOCUMENT_FORM_LABEL: Readonly<Record<DocumentForm, string>> = {
  original: 'bản chính',
  copy: 'bản sao',
  certifiedCopy: 'bản sao có chứng thực',
  originalOrCopy: 'bản chính hoặc bản sao có chứng thực',
  present: 'xuất trình bản chính',
};
