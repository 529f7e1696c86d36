/** What a feature plugs into the server (listed once in ./index.ts). */
import type { Router } from 'express';
import type { AppContext } from '../app/context';
import type { Io } from '../http/socket';
import type { RecentCalls } from '../app/calls';

export interface Feature {
  name: string;
  /** Adds routes to the /api router (before its 404). */
  routes?(r: Router, ctx: AppContext): void;
  /** Adds socket handlers and broadcasts. */
  sockets?(io: Io, ctx: AppContext, calls: RecentCalls): void;
  /** Releases what the feature holds, at shutdown. */
  close?(): Promise<void> | void;
}
