/**
 * The spoken call for the wall display.
 * REST  GET /api/voice/calls/:seq.wav[?repeat=1..3] -> audio/wav (the call at that journal seq, chime + phrase)
 *       404 UNKNOWN_CALL for a seq that is not a call; 503 VOICE_UNAVAILABLE when espeak-ng is missing or voice is off.
 * Pre-warm: every committed call or recall is synthesized right after, so the display's fetch is a cache hit.
 * One at a time, in call order: a burst of calls must not start a burst of espeak-ng runs (50-150 ms of
 * CPU each) beside the screens. The display's own fetch never waits in that line.
 */
import { join } from 'node:path';
import type { CallView } from '../contract';
import type { AppContext } from '../app/context';
import type { RecentCalls } from '../app/calls';
import { callView } from '../app/views';
import { ApiFailure, describeError } from '../http/errors';
import { callPhrase } from '../voice/phrases';
import { createVoice, type Synthesized, type Voice } from '../voice/tts';
import type { Feature } from './feature';

/** The espeak-ng voice for a dialect. */
const espeakVoice = (dialect: 'north' | 'south') => (dialect === 'south' ? 'vi-vn-x-south' : 'vi');

interface VoiceState { voice: Voice; calls: RecentCalls | null; warmQueue: CallView[]; warming: boolean }

/** Calls waiting to be pre-warmed beyond this are dropped, oldest first (the display fetch makes them if needed). */
const MAX_PREWARM_QUEUE = 20;
const states = new WeakMap<AppContext, VoiceState>();

function stateOf(ctx: AppContext): VoiceState {
  let s = states.get(ctx);
  if (!s) {
    const voice = createVoice({
      cacheDir: join(ctx.dataDir, 'voice'),
      voice: espeakVoice(ctx.config.voice.dialect),
      log: ctx.log,
      // Where espeak-ng is when it is not on PATH; the tests point it at a missing file to check the server copes.
      binary: process.env.MOTCUA_ESPEAK || undefined,
    });
    s = { voice, calls: null, warmQueue: [], warming: false };
    states.set(ctx, s);
  }
  return s;
}

/** The office's one voice (espeak-ng + cache), shared by the wall display's calls and the kiosk's read-aloud. */
export function voiceOf(ctx: AppContext): Voice {
  return stateOf(ctx).voice;
}

/** The words spoken for one call, from the office's template, dialect and number reading. */
export function phraseFor(ctx: AppContext, call: Pick<CallView, 'number' | 'counterNumber' | 'counterName'>): string {
  const v = ctx.config.voice;
  return callPhrase(v.template, call, { dialect: v.dialect, mode: v.numberMode });
}

/** Finds a call by its journal seq: the recent ones in memory first, then the journal. */
function findCall(ctx: AppContext, calls: RecentCalls | null, seq: number): CallView | null {
  const recent = calls?.list().find((c) => c.seq === seq);
  if (recent) return recent;
  const row = ctx.queue.journal.db.prepare(`SELECT data FROM events WHERE seq = ? AND type IN ('TicketCalled', 'TicketRecalled')`).get(seq) as { data: string } | undefined;
  if (!row) return null;
  const e = JSON.parse(row.data) as { ticketId: string; counterId: string; at: number };
  return callView(ctx.queue.state, seq, e.ticketId, e.counterId, e.at);
}

/** Queues a call to be synthesized ahead of the display's fetch; runs the queue one call at a time. */
function prewarm(ctx: AppContext, call: CallView): void {
  const s = stateOf(ctx);
  s.warmQueue.push(call);
  if (s.warmQueue.length > MAX_PREWARM_QUEUE) s.warmQueue.shift();
  if (s.warming) return;
  s.warming = true;
  void (async () => {
    try {
      for (let c = s.warmQueue.shift(); c; c = s.warmQueue.shift()) await speakCall(ctx, c);
    } finally {
      s.warming = false;
    }
  })();
}

/** Synthesizes one call (chime first); null when there is no voice. */
function speakCall(ctx: AppContext, call: CallView, repeat = ctx.config.voice.repeat): Promise<Synthesized | null> {
  // The dialect is read per call: an admin's change in /admin applies to the next call without a restart.
  return stateOf(ctx).voice.synthesize(phraseFor(ctx, call), { chime: true, repeat, volume: 1, voice: espeakVoice(ctx.config.voice.dialect) });
}

export const unavailable = () => new ApiFailure(503, 'VOICE_UNAVAILABLE',
  'Không có giọng đọc (espeak-ng chưa cài hoặc đã tắt) / voice unavailable: install espeak-ng or enable voice');

export const voiceFeature: Feature = {
  name: 'voice',
  routes(r, ctx) {
    r.get('/voice/calls/:file', async (req, res) => {
      try {
        const m = /^(\d{1,12})\.wav$/.exec(req.params.file ?? '');
        if (!m) throw new ApiFailure(404, 'UNKNOWN_CALL', 'Không có lượt gọi này / no such call');
        const call = findCall(ctx, stateOf(ctx).calls, Number(m[1]));
        if (!call) throw new ApiFailure(404, 'UNKNOWN_CALL', 'Không có lượt gọi này / no such call');
        if (!ctx.config.voice.enabled) throw unavailable();
        const q = Number(req.query.repeat);
        const repeat = Number.isInteger(q) && q >= 1 && q <= 3 ? q : ctx.config.voice.repeat;
        const out = await speakCall(ctx, call, repeat);
        if (!out) throw unavailable();
        // The same seq always says the same words: let the browser keep it.
        res.set('Cache-Control', 'public, max-age=3600').type('audio/wav').send(out.wav);
      } catch (e) {
        const { status, error } = describeError(e);
        res.status(status).json({ error });
      }
    });
  },
  sockets(_io, ctx, calls) {
    const s = stateOf(ctx);
    s.calls = calls;
    if (ctx.config.voice.enabled) void s.voice.available(); // warns once at start when espeak-ng is missing
    ctx.bus.on('committed', ({ events, state }) => {
      // Read each time: voice can be switched on or off in /admin while the server runs.
      if (!ctx.config.voice.enabled) return;
      for (const { seq, event: e } of events) {
        if (e.type !== 'TicketCalled' && e.type !== 'TicketRecalled') continue;
        const call = callView(state, seq, e.ticketId, e.counterId, e.at);
        if (call) prewarm(ctx, call);
      }
    });
  },
};
