import { randomUUID } from 'node:crypto';
import { type Cases, inProvince } from './case.js';

// Each person's own notifications: everyone signed in with a role, never a system's token.
const OWN = inProvince('notification.read');

export const notificationCases: Cases = {
  'notifications.list': { on: 'none', input: () => ({}), allows: OWN },
  'notifications.unreadCount': { on: 'none', allows: OWN },
  // A notification no row has: an allowed call is refused after the access check and changes nothing.
  'notifications.markRead': { on: 'none', input: () => ({ notificationId: randomUUID() }), allows: OWN },
  'notifications.markAllRead': { on: 'none', allows: OWN },
  'notifications.preferences': { on: 'none', allows: OWN },
  'notifications.setPreferences': {
    on: 'none',
    input: () => ({ preferences: [{ kind: 'round_closed', delivery: 'portal' }] }),
    allows: OWN,
  },
};
