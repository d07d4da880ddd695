import type { Role } from '@kiemtra/domain';
import type { Generated } from 'kysely';

export interface UsersTable {
  id: Generated<string>;
  tenant_id: string;
  org_unit_id: string;
  username: string;
  full_name: string;
  position: string | null;
  password_hash: string;
  active: Generated<boolean>;
  created_at: Generated<Date>;
  email: Generated<string | null>;
  /** For unit roles: the unit the account acts for (the policy's "own unit"); null otherwise. */
  acting_org_unit_id: Generated<string | null>;
  version: Generated<number>;
  /** A temporary password (set-up, reset): nothing but changing it is allowed until it is. */
  must_change_password: Generated<boolean>;
  password_changed_at: Date | null;
}

export interface UserRolesTable {
  user_id: string;
  role: Role;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: Generated<Date>;
  expires_at: Date;
  /** Refreshed as the session is used; an idle session ends. */
  last_seen_at: Generated<Date>;
}

export interface SignInAttemptsTable {
  id: Generated<string>;
  username: string;
  client_ip: string;
  succeeded: boolean;
  attempted_at: Generated<Date>;
}
