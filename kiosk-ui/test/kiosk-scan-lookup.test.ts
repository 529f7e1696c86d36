/** The kiosk's scan routing and procedure look-up on a fake server. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskScanView } from '@motcua/server/contract';
import { MAX_QUERY } from '../src/model/lookup';
import { SCAN_FAILED } from '../src/socket';
import { CATALOG, fakeKiosk } from './fake-kiosk';

beforeEach(() => { vi.useFakeTimers(); });
afterEach(() => { vi.useRealTimers(); });

const dossier: KioskScanView = { kind: 'dossier', code: 'HS-1', found: false, message: 'Không tìm thấy' };

describe('where a scan takes the citizen', () => {
  it('a CCCD greets the citizen and opens the services', async () => {
    const { model } = fakeKiosk();
    model.nav.go('lookup');
    await model.scan.handleScan({ kind: 'cccd', greeting: 'Xin chào ông T***', greetingEn: 'Hello Mr T***' });
    expect(model.ticket.greeting.value).toEqual({ vi: 'Xin chào ông T***', en: 'Hello Mr T***' });
    expect(model.nav.screen.value).toBe('services');
  });

  it('a CCCD on a procedure page takes the number for its service at once', async () => {
    const { model, server } = fakeKiosk();
    await model.lookup.loadCatalog();
    const p = CATALOG.procedures[0]!;
    model.lookup.openProcedure(p);
    await model.scan.handleScan({ kind: 'cccd', greeting: 'Xin chào', greetingEn: 'Hello' });
    expect(server.takeTicket).toHaveBeenCalledWith(expect.objectContaining({ serviceId: p.serviceId, source: 'cccd' }));
    expect(model.nav.screen.value).toBe('ticket');
  });

  it('a dossier or ticket code opens the scan screen with what was found', async () => {
    const { model } = fakeKiosk();
    await model.scan.handleScan(dossier);
    expect(model.nav.screen.value).toBe('scan');
    expect(model.scan.scanResult.value).toEqual(dossier);
  });

  it('a scanned line goes to the server; when it cannot answer the citizen is asked to scan again', async () => {
    const { model, server } = fakeKiosk();
    server.sendScan.mockResolvedValueOnce(dossier);
    const busy = model.scan.scanLine('HS-1');
    expect(model.scan.scanBusy.value).toBe(true);
    await busy;
    expect(server.sendScan).toHaveBeenCalledWith('HS-1');
    expect(model.scan.scanResult.value).toEqual(dossier);
    server.sendScan.mockRejectedValueOnce(new TypeError('fetch failed'));
    await model.scan.scanLine('HS-2');
    expect(model.scan.scanResult.value).toEqual({ kind: 'unknown', ...SCAN_FAILED });
    expect(model.scan.scanBusy.value).toBe(false);
  });

  it('a scan pushed by the server (serial scanner) is handled once, even when other state changes after', async () => {
    const { model, server } = fakeKiosk();
    server.pushedScan.value = { seq: 1, scan: dossier };
    expect(model.nav.screen.value).toBe('scan');
    model.nav.goHome();
    model.nav.go('lookup');
    expect(model.nav.screen.value).toBe('lookup');
    server.pushedScan.value = { seq: 2, scan: dossier };
    expect(model.nav.screen.value).toBe('scan');
  });
});

describe('looking up a procedure', () => {
  it('lists every procedure, narrows to a field, and ranks what is typed', async () => {
    const { model } = fakeKiosk();
    const { lookup } = model;
    expect(lookup.results.value).toEqual([]);
    await lookup.loadCatalog();
    expect(lookup.results.value).toHaveLength(CATALOG.procedures.length);
    const f = CATALOG.procedures[0]!.field;
    lookup.chooseField(f);
    expect(lookup.results.value.length).toBeGreaterThan(0);
    expect(lookup.results.value.every((p) => p.field === f)).toBe(true);
    lookup.chooseField(f);
    expect(lookup.field.value).toBeNull();
    for (const k of 'dang ky ket hon') lookup.typeKey(k);
    expect(lookup.results.value[0]?.name).toBe('Đăng ký kết hôn');
  });

  it('the query stops at its longest, a tone mark goes on the last letter (not a digit) replacing its tone, a scanned line is taken back out', () => {
    const { lookup } = fakeKiosk().model;
    for (let i = 0; i < MAX_QUERY + 5; i++) lookup.typeKey('a');
    expect(lookup.query.value).toHaveLength(MAX_QUERY);
    lookup.clearQuery();
    lookup.setQuery('ket ho');
    lookup.typeKey('1');
    lookup.addTone('\u0300');
    expect(lookup.query.value).toBe('ket ho1');
    lookup.backspace();
    lookup.typeKey('a');
    lookup.addTone('\u0301');
    lookup.addTone('\u0300');
    expect(lookup.query.value).toBe('ket hoà');
    lookup.typeKey('H');
    lookup.typeKey('S');
    lookup.unTypeScan('HS');
    expect(lookup.query.value).toBe('ket hoà');
  });

  it('when the catalog cannot be fetched it says so and tries again 3 s later', async () => {
    const { model, server } = fakeKiosk();
    server.getJson.mockRejectedValueOnce(new Error('/api/catalog: 503'));
    await model.lookup.loadCatalog();
    expect(model.lookup.catalogFailed.value).toBe(true);
    expect(server.getJson).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(server.getJson).toHaveBeenCalledTimes(2);
    expect(model.lookup.catalogFailed.value).toBe(false);
    expect(model.lookup.catalog.value?.procedures).toHaveLength(CATALOG.procedures.length);
  });

  it('an admin edit (catalogVersion) refetches and the open procedure shows its new version', async () => {
    const { model, server } = fakeKiosk();
    await model.lookup.loadCatalog();
    const p = CATALOG.procedures[0]!;
    model.lookup.openProcedure(p);
    const edited = structuredClone(CATALOG);
    edited.procedures[0]!.fee.text = 'Miễn phí (đã sửa)';
    server.getJson.mockResolvedValueOnce(edited);
    server.catalogVersion.value++;
    await vi.waitFor(() => expect(model.lookup.selected.value?.fee.text).toBe('Miễn phí (đã sửa)'));
    expect(server.getJson).toHaveBeenCalledTimes(2);
  });

  it('a /kiosk/thu-tuc/<code> link opens that procedure once the catalog is in', async () => {
    const p = CATALOG.procedures[1]!;
    const { model } = fakeKiosk({ path: `/kiosk/thu-tuc/${encodeURIComponent(p.code)}` });
    await model.lookup.loadCatalog();
    expect(model.nav.screen.value).toBe('procedure');
    expect(model.lookup.selected.value?.code).toBe(p.code);
  });
});

describe('printing a procedure\'s checklist', () => {
  it('shows printing then the outcome, asks once at a time, and is forgotten off the procedure page', async () => {
    const { model, server } = fakeKiosk();
    const p = CATALOG.procedures[0]!;
    model.lookup.openProcedure(p);
    server.printChecklist.mockResolvedValueOnce('failed');
    const printing = model.checklist.printChecklist(p.code);
    expect(model.checklist.checklistState.value).toEqual({ code: p.code, state: 'printing' });
    await model.checklist.printChecklist(p.code);
    await printing;
    expect(server.printChecklist).toHaveBeenCalledTimes(1);
    expect(model.checklist.checklistState.value).toEqual({ code: p.code, state: 'failed' });
    model.nav.go('lookup');
    expect(model.checklist.checklistState.value).toBeNull();
  });
});
