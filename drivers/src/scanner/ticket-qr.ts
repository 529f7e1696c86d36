/** Our own ticket's QR: `<publicUrl>/t/<ticketId>`. Pure and browser-safe. */

// Any host and base path (publicUrl may be http://192.168.1.10:8080 or https://x.gov.vn/motcua); ids are base64url.
const TICKET_PATH = /\/t\/([A-Za-z0-9_-]{16,24})\/?$/;

/** The ticket id in a scanned ticket URL, or null when the line is not one of our tickets. */
export function parseTicketQr(line: string): string | null {
  if (!/^https?:\/\//i.test(line)) return null;
  let url: URL;
  try {
    url = new URL(line);
  } catch {
    return null;
  }
  const m = TICKET_PATH.exec(url.pathname);
  return m ? m[1]! : null;
}

/** The URL printed in a ticket's QR (the inverse of parseTicketQr). */
export function ticketUrl(publicUrl: string, ticketId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/t/${ticketId}`;
}
