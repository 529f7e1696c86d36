/** The one role check, shared by the HTTP role middleware and the socket handlers. */
import { ApiFailure } from './failure';
import type { Principal } from './auth';

export type Role = Principal['role'];

/** Refuses a missing principal (401) or one without one of the roles (403). */
export function allow(p: Principal | null | undefined, roles: readonly Role[]): Principal {
  if (!p) throw new ApiFailure(401, 'UNAUTHORIZED', 'Cần đăng nhập hoặc mã thiết bị / a bearer token is required');
  if (!roles.includes(p.role)) throw new ApiFailure(403, 'FORBIDDEN', `Vai trò "${p.role}" không được phép / role "${p.role}" may not do this`);
  return p;
}

/** Who did it, as the journal and the audit trail write it: "staff:<username>" or "device:<id>". */
export const actor = (p: Principal): string => (p.kind === 'staff' ? `staff:${p.username}` : `device:${p.id}`);
