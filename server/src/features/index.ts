/**
 * Features plug into the server here: each adds REST routes under /api, socket handlers, or
 * start-up work, in its own folder. List a feature once below.
 */
import type { Router } from 'express';
import type { AppContext } from '../app/context';
import type { Io } from '../http/socket';
import type { RecentCalls } from '../app/calls';
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

export interface Feature {
  name: string;
  /** Adds routes to the /api router (before its 404). */
  routes?(r: Router, ctx: AppContext): void;
  /** Adds socket handlers and broadcasts. */
  sockets?(io: Io, ctx: AppContext, calls: RecentCalls): void;
  /** Releases what the feature holds, at shutdown. */
  close?(): Promise<void> | void;
}

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
];
