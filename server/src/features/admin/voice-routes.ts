/**
 * /api/admin/voice: the wall display's spoken call (wording, dialect, number reading, repeat count, volume,
 * backlog). Kept in admin_settings (key `voice`) over the config file's `voice:`, recorded in the audit trail
 * field by field, and live at once: every screen gets a fresh 'setup' snapshot (its `voice`), and the next
 * WAV the server makes uses the new words.
 * REST GET /api/admin/voice -> VoiceSettings; PUT /api/admin/voice VoiceSettings -> VoiceSettings
 *      (400 VALIDATION: an unknown {placeholder}, a value out of range; nothing is changed).
 */
import type { Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../../app/context';
import type { VoiceSettings } from '../../contract';
import { ApiFailure, parseInput } from '../../http/errors';
import { CALL_PLACEHOLDERS, unknownPlaceholders } from '../../voice/phrases';
import type { Changed } from './account-routes';
import { json, principalOf } from './http';
import { fieldChanges, writeSetting } from './settings';

/** What an admin may set; every field is required, so a PUT states the whole voice. */
const voiceSettingsSchema: z.ZodType<VoiceSettings> = z.object({
  enabled: z.boolean(),
  template: z.string().trim().min(1).max(300),
  dialect: z.enum(['north', 'south']),
  numberMode: z.enum(['digits', 'number']),
  repeat: z.number().int().min(1).max(3),
  volume: z.number().min(0).max(1),
  maxBacklog: z.number().int().min(1).max(20),
}).strict();

const KEY = 'voice';

/** The voice settings in effect. */
function voiceSettings(ctx: AppContext): VoiceSettings {
  const { enabled, template, dialect, numberMode, repeat, volume, maxBacklog } = ctx.config.voice;
  return { enabled, template, dialect, numberMode, repeat, volume, maxBacklog };
}

/** Adds GET/PUT /admin/voice (the /admin prefix is already admin-only). */
export function voiceRoutes(r: Router, ctx: AppContext, changed: Changed): void {
  const db = ctx.queue.journal.db;
  r.get('/admin/voice', json(() => voiceSettings(ctx)));
  r.put('/admin/voice', json((req) => {
    const next = parseInput(voiceSettingsSchema, req.body);
    const unknown = unknownPlaceholders(next.template);
    if (unknown.length) {
      throw new ApiFailure(400, 'VALIDATION', `Câu gọi có chỗ trống không biết: {${unknown.join('}, {')}}; dùng ${CALL_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')} / unknown placeholder`);
    }
    const before = voiceSettings(ctx);
    const p = principalOf(ctx, req);
    const by = p?.kind === 'staff' ? p.username : 'admin';
    const at = ctx.now();
    writeSetting(db, KEY, JSON.stringify(next), by, at, `voice: ${fieldChanges(before, next).join('; ') || 'no change'}`);
    changed(true);
    return voiceSettings(ctx);
  }));
}
