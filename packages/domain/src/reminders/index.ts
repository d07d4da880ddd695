export * from './reminder-audience.js';
export * from './reminder-settings.js';
export * from './reminder-steps.js';
export * from './reminders-due.js';
