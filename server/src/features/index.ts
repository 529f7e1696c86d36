/**
 * Features plug into the server here: each adds REST routes under /api, socket handlers, or
 * start-up work, in its own folder. List a feature once below.
 */
import type { Feature } from './feature';
import { dossiersFeature } from './dossiers/routes';
import { reportsFeature } from './reports/routes';
import { kioskFeature } from './kiosk';
import { catalogFeature } from './catalog';
import { ratingFeature } from './rating';
import { adminFeature } from './admin';
import { voiceFeature } from './voice';
import { kioskVoiceFeature } from './kiosk-voice';
import { checklistFeature } from './checklist';
import { holidaysFeature } from './holidays';
import { hubForwardingFeature } from './outbox/routes';
import { readyBoardFeature } from './dossiers/ready-board';
import { openApiFeature } from '../http/openapi';

export type { Feature } from './feature';

export const features: Feature[] = [
  // one line per feature, e.g.: catalogFeature,
  kioskFeature,
  catalogFeature,
  ratingFeature,
  adminFeature,
  dossiersFeature,
  reportsFeature,
  voiceFeature,
  kioskVoiceFeature,
  checklistFeature,
  holidaysFeature,
  hubForwardingFeature,
  readyBoardFeature,
  openApiFeature,
];
