import { describe, expect, it } from 'vitest';
import { canPrint, dleEot, isStatusByte, parseDleEot, parseStatusByte } from '../src/printer/status';

// Answer bytes always have bits 1 and 4 set (0x12); the rest are the flags.
const OK = 0x12;

describe('DLE EOT status parsing', () => {
  it('builds the request bytes 10 04 n', () => {
    expect([...dleEot(1)]).toEqual([0x10, 0x04, 0x01]);
    expect([...dleEot(4)]).toEqual([0x10, 0x04, 0x04]);
  });

  it('reads a printer with nothing to report as ready', () => {
    expect(parseDleEot({ 1: OK, 2: OK, 3: OK, 4: OK }).state).toBe('ready');
  });

  it('reads n=1 bit 3 as offline', () => {
    expect(parseStatusByte(1, OK | 0x08)).toEqual({ offline: true, feedButton: false });
    expect(parseDleEot({ 1: OK | 0x08 }).state).toBe('offline');
  });

  it('reads n=2 bit 2 as cover open, even though n=1 also says offline', () => {
    const s = parseDleEot({ 1: OK | 0x08, 2: OK | 0x04, 3: OK, 4: OK });
    expect(s.state).toBe('coverOpen');
  });

  it('reads n=4 bits 5/6 as paper out, before the offline and error flags it causes', () => {
    expect(parseDleEot({ 4: 0x72 }).state).toBe('paperOut');
    expect(parseDleEot({ 4: OK | 0x20 }).state).toBe('paperOut');
    expect(parseDleEot({ 1: OK | 0x08, 2: OK | 0x20 | 0x40, 3: OK, 4: 0x72 }).state).toBe('paperOut');
  });

  it('reads n=2 bit 5 (printing stopped at paper end) as paper out', () => {
    expect(parseDleEot({ 2: OK | 0x20 }).state).toBe('paperOut');
  });

  it('reads n=4 bits 2/3 as paper near end, which still prints', () => {
    const s = parseDleEot({ 1: OK, 2: OK, 3: OK, 4: OK | 0x0c });
    expect(s.state).toBe('paperNearEnd');
    expect(canPrint(s.state)).toBe(true);
  });

  it('reads n=3 cutter, unrecoverable and auto-recoverable errors as error with the cause', () => {
    expect(parseDleEot({ 3: OK | 0x08 })).toMatchObject({ state: 'error', detail: 'autocutter error' });
    expect(parseDleEot({ 3: OK | 0x20 })).toMatchObject({ state: 'error', detail: 'unrecoverable error' });
    expect(parseDleEot({ 3: OK | 0x40 }).detail).toMatch(/auto-recoverable/);
    expect(parseDleEot({ 2: OK | 0x40 }).state).toBe('error');
    expect(canPrint('error')).toBe(false);
  });

  it('rejects bytes without the fixed bits instead of guessing', () => {
    expect(isStatusByte(0x00)).toBe(false);
    expect(isStatusByte(0xff)).toBe(false);
    expect(parseStatusByte(4, 0x60)).toBeNull();
    const s = parseDleEot({ 1: 0x00, 2: OK, 4: null });
    expect(s.invalid).toEqual([1, 4]);
    expect(s.state).toBe('ready');
  });
});
