/** What a read ID card is (types only, so drivers/src/types.ts can name it without importing the parser). */

export interface CccdPublicView {
  idMasked: string;
  nameMasked: string;
  /** For a greeting on a shared screen: the given name's initial only, e.g. "A.". */
  greetingName: string;
  gender: 'Nam' | 'Nữ';
}

/**
 * A read ID card. idNumber and fullName are non-enumerable, and toJSON/toString/inspect give the masked
 * view, so logging, JSON-serialising or spreading the card can never leak them (Nghị định 13/2023:
 * a full ID number or name must not reach a log file or a public screen). Read them explicitly.
 */
export interface CccdCard extends CccdPublicView {
  /** Internal only: the 12-digit personal ID number. */
  readonly idNumber: string;
  /** Internal only: the full name as on the card. */
  readonly fullName: string;
  /** ISO date YYYY-MM-DD. */
  birthDate: string;
  /** ISO date YYYY-MM-DD. */
  issueDate: string;
  /** The old 9- or 12-digit CMND number, when the card carries one (internal only). */
  oldIdNumber?: string;
  publicView(): CccdPublicView;
  toJSON(): CccdPublicView;
}
