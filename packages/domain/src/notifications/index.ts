export * from './notification.schemas.js';
export * from './notification-days.js';
export * from './notification-email.js';
export * from './notification-events.js';
export * from './notification-kinds.js';
