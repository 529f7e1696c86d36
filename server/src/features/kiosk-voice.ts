/**
 * The kiosk's read-aloud ("Nghe"): the same voice, cache and number rules as the wall display's call.
 * REST (kiosk or staff token), audio/wav; `?lang=vi` (default) or `?lang=en` (the kiosk's English mode,
 * an English voice; see voice/kiosk-phrases-en.ts for what it can say in English):
 *   GET /api/voice/kiosk/home.wav               what each choice of the home screen does
 *   GET /api/voice/kiosk/procedure/:code.wav    a procedure's name, time limit, fee and documents (404 UNKNOWN_PROCEDURE)
 *   GET /api/voice/kiosk/ticket/:ticketId.wav   a ticket's number (read as the call reads it) and how many are ahead (404 UNKNOWN_TICKET)
 * 503 VOICE_UNAVAILABLE when voice is off or espeak-ng is missing, as for the display.
 */
import type { Request, Response } from 'express';
import { z } from 'zod';
import { CODE_PATTERN } from '@motcua/config/catalog';
import type { ApiErrorBody } from '../contract';
import { allow } from '../app/access';
import { getTicket } from '../app/actions';
import { bearer } from '../app/auth';
import type { AppContext } from '../app/context';
import { hoursView } from '../app/hours';
import { ApiFailure, describeError, parseInput } from '../http/errors';
import { homePhrase, procedurePhrase, speakable, ticketPhrase } from '../voice/kiosk-phrases';
import { lookupDossier } from './dossiers/store';
import { dossierGuide } from './kiosk-dossier';
import { homePhraseEn, procedurePhraseEn, ticketPhraseEn } from '../voice/kiosk-phrases-en';
import { findProcedure } from './catalog';
import type { Feature } from './feature';
import { unavailable, voiceOf } from './voice';

const querySchema = z.object({ lang: z.enum(['vi', 'en']).default('vi') }).strict();
type Lang = z.infer<typeof querySchema>['lang'];

/** espeak-ng's voice for the English mode. */
export const ENGLISH_VOICE = 'en-us';
const procedureFile = z.string().regex(/^.{1,60}\.wav$/).transform((f) => f.slice(0, -4)).pipe(z.string().regex(CODE_PATTERN));
const ticketFile = z.string().regex(/^[A-Za-z0-9_-]{1,64}\.wav$/).transform((f) => f.slice(0, -4));

/** The words for one kiosk read-aloud request, or a 404. */
type Compose = (ctx: AppContext, req: Request, lang: Lang) => string;

const dossierFile = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]{2,63}\.wav$/).transform((f) => f.slice(0, -4));

const compose: Record<'home' | 'procedure' | 'ticket' | 'scan' | 'dossier', Compose> = {
  // The scan screen: how to scan (the same words as on the screen).
  scan: (ctx, _req, lang) => (lang === 'en'
    ? 'Check a dossier. Hold the barcode or QR code of your receipt under the scanner. Or scan the QR code on your ID card to take a number quickly.'
    : speakable('Tra cứu hồ sơ. Đưa mã vạch hoặc mã QR trên giấy tiếp nhận hồ sơ vào máy quét. Hoặc quét mã QR trên thẻ căn cước để lấy số nhanh.', ctx.config.voice.dialect)),
  // A scanned dossier: its procedure, status and what to do next; never the applicant.
  dossier: (ctx, req, lang) => {
    const r = dossierFile.safeParse(req.params.file);
    const d = r.success ? lookupDossier(ctx.queue.journal.db, r.data) : null;
    if (!d) throw new ApiFailure(404, 'UNKNOWN_DOSSIER', 'Không tìm thấy hồ sơ / no such dossier');
    const g = dossierGuide(ctx, d);
    return lang === 'en' ? `${g.statusEn}. ${g.guideEn}` : speakable(`Hồ sơ ${d.procedureName}. ${d.statusLabel}. ${g.note ? `${g.note}. ` : ''}${g.guide}`, ctx.config.voice.dialect);
  },
  home: (ctx, _req, lang) => {
    const h = hoursView(ctx.config, ctx.now());
    return lang === 'en'
      ? homePhraseEn({ issuing: h.issuing, nextOpeningTextEn: h.nextOpeningTextEn })
      : homePhrase({ dialect: ctx.config.voice.dialect, issuing: h.issuing, nextOpeningText: h.nextOpeningText });
  },
  procedure: (ctx, req, lang) => {
    const r = procedureFile.safeParse(req.params.file);
    const p = r.success ? findProcedure(ctx, r.data) : null;
    if (!p) throw new ApiFailure(404, 'UNKNOWN_PROCEDURE', 'Không có thủ tục này / no such procedure');
    return lang === 'en' ? procedurePhraseEn(p) : procedurePhrase(p, { dialect: ctx.config.voice.dialect });
  },
  ticket: (ctx, req, lang) => {
    const r = ticketFile.safeParse(req.params.file);
    if (!r.success) throw new ApiFailure(404, 'UNKNOWN_TICKET', 'Không tìm thấy số thứ tự / no such ticket');
    const t = getTicket(ctx, r.data);
    return lang === 'en'
      ? ticketPhraseEn(t, ctx.config.voice.numberMode)
      : ticketPhrase(t, { dialect: ctx.config.voice.dialect, mode: ctx.config.voice.numberMode });
  },
};

function route(ctx: AppContext, what: keyof typeof compose) {
  return async (req: Request, res: Response) => {
    try {
      allow(ctx.auth.resolve(bearer(req.get('authorization'))), ['kiosk', 'staff', 'supervisor', 'admin']);
      const { lang } = parseInput(querySchema, req.query);
      const text = compose[what](ctx, req, lang);
      if (!ctx.config.voice.enabled) throw unavailable();
      const out = await voiceOf(ctx).synthesize(text, { chime: false, repeat: 1, volume: 1, ...(lang === 'en' ? { voice: ENGLISH_VOICE } : {}) });
      if (!out) throw unavailable();
      // The words may change (a ticket's place, the hours): never keep them.
      res.set('Cache-Control', 'no-store').type('audio/wav').send(out.wav);
    } catch (e) {
      const { status, error } = describeError(e);
      res.status(status).json({ error } satisfies ApiErrorBody);
    }
  };
}

export const kioskVoiceFeature: Feature = {
  name: 'kiosk-voice',
  routes(r, ctx) {
    r.get('/voice/kiosk/home.wav', route(ctx, 'home'));
    r.get('/voice/kiosk/procedure/:file', route(ctx, 'procedure'));
    r.get('/voice/kiosk/ticket/:file', route(ctx, 'ticket'));
    r.get('/voice/kiosk/scan.wav', route(ctx, 'scan'));
    r.get('/voice/kiosk/dossier/:file', route(ctx, 'dossier'));
  },
};
