export * from './api-calls.js';
export * from './api-clients.schemas.js';
export * from './api-tokens.js';
