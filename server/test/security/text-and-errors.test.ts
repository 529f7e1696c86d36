import { describe, expect, it } from 'vitest';
import createError from 'http-errors';
import { unsafeText } from '../../src/contract/safe-text';
import { describeHttpError } from '../../src/http/error-handler';
import { ApiFailure } from '../../src/http/errors';

describe('texts a public screen may show', () => {
  it('accepts Vietnamese with diacritics, emoji and line breaks', () => {
    for (const ok of ['Đăng ký khai sinh', 'Nghỉ Tết 😀', 'dòng 1\ndòng 2\tcột', 'Phụ nữ có thai']) expect(unsafeText(ok, 300)).toBeNull();
  });
  it('refuses NUL and other controls, bidi overrides and isolates, a BOM, lone surrogates, and length over the limit', () => {
    for (const bad of ['a\u0000b', 'a\u0007', 'a\u009Fb', 'x\u202Ey', 'x\u202Dy', 'x\u2066y', 'x\u200Fy', '\uFEFFx', 'x\uD800', '\uDC00x']) {
      expect(unsafeText(bad, 300), JSON.stringify(bad)).not.toBeNull();
    }
    expect(unsafeText('n'.repeat(11), 10)).toMatch(/10/);
  });
});

describe('every error answered with our code', () => {
  it('maps the body parser\'s and the router\'s errors to 400/413/415 with a code', () => {
    const cases: Array<[unknown, number, string]> = [
      [createError(400, 'x', { type: 'entity.parse.failed' }), 400, 'BAD_JSON'],
      [createError(413, 'x', { type: 'entity.too.large' }), 413, 'TOO_LARGE'],
      [createError(415, 'x', { type: 'charset.unsupported' }), 415, 'UNSUPPORTED_CHARSET'],
      [createError(415, 'x', { type: 'encoding.unsupported' }), 415, 'UNSUPPORTED_ENCODING'],
      [createError(400, 'incorrect header check'), 400, 'BAD_REQUEST'],
      [Object.assign(new URIError('Failed to decode param'), { status: 400 }), 400, 'BAD_REQUEST'],
      [new ApiFailure(429, 'RATE_LIMITED', 'x'), 429, 'RATE_LIMITED'],
      [new Error('a bug'), 500, 'INTERNAL'],
    ];
    for (const [err, status, code] of cases) expect(describeHttpError(err), code).toMatchObject({ status, error: { code } });
  });
});
