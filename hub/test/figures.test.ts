/** The hub's pure parts: dossier figures added up across offices, and the board's "connected" and "how far behind". */
import { describe, expect, it } from 'vitest';
import { dossierFigures } from '../../server/src/features/reports/dossier-figures';
import { workCalendar } from '../../server/src/features/dossiers/calendar';
import type { Dossier } from '../../server/src/features/dossiers/model';
import { boardRow, CONNECTED_MS } from '../src/board';
import { sumDossierFigures } from '../src/province-report';
import type { OfficeRecord } from '../src/offices';

const cal = workCalendar();
const d = (code: string, receivedDate: string, dueDate: string, resolvedDate: string | null): Dossier => ({
  code, procedureCode: null, procedureName: 'Chứng thực bản sao', field: 'Chứng thực', applicantName: null, channel: 'truc_tiep',
  receivedDate, dueDate, status: resolvedDate ? 'da_tra' : 'dang_giai_quyet', resolvedDate, returnedDate: resolvedDate,
});

describe('adding up dossier figures', () => {
  it('sums every count and works the shares out again from the sums, not by averaging them', () => {
    // Office A: 1 resolved, early. Office B: 3 resolved: 1 on time, 2 late.
    const a = dossierFigures([d('A1', '2026-11-02', '2026-11-05', '2026-11-03')], '2026-11-01', '2026-11-30', cal).total;
    const b = dossierFigures([d('B1', '2026-11-02', '2026-11-04', '2026-11-04'), d('B2', '2026-11-02', '2026-11-03', '2026-11-06'),
      d('B3', '2026-11-02', '2026-11-03', '2026-11-10'), d('B4', '2026-11-20', '2026-11-30', null)], '2026-11-01', '2026-11-30', cal).total;
    const s = sumDossierFigures([a, b]);
    expect(s).toMatchObject({ received: 5, resolved: 4, early: 1, onTime: 1, late: 2, inProgress: 1, toHandle: 5 });
    expect(s.earlyOrOnTimePct).toBe(50);
    expect(s.latePct).toBe(50);
    expect((a.earlyOrOnTimePct + b.earlyOrOnTimePct) / 2).not.toBe(50);
  });
});

describe('the board', () => {
  const o = (over: Partial<OfficeRecord>): OfficeRecord => ({ code: 'x', name: 'X', district: 'D', lastSeq: 0, itemsTotal: 0, lastContactAt: null, lastItemAt: null, backlog: 0, oldestPendingAt: null, profile: null, ...over });
  const now = 1_800_000_000_000;
  it('an office never heard from is not connected and has no lag to show', () => {
    expect(boardRow(o({}), now)).toMatchObject({ connected: false, behindMs: null });
  });
  it('a connected office is behind by the age of its oldest item not yet at the hub', () => {
    expect(boardRow(o({ lastContactAt: now - 1000, backlog: 40, oldestPendingAt: now - 120_000 }), now)).toMatchObject({ connected: true, behindMs: 120_000 });
    expect(boardRow(o({ lastContactAt: now - 1000 }), now)).toMatchObject({ connected: true, behindMs: 0 });
  });
  it('a silent office is behind at least by the time since its last contact', () => {
    expect(boardRow(o({ lastContactAt: now - CONNECTED_MS - 5000 }), now)).toMatchObject({ connected: false, behindMs: CONNECTED_MS + 5000 });
  });
});
