export * from './api-clients.schemas.js';
export * from './api-tokens.js';
