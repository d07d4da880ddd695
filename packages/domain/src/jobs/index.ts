export * from './job-list.schemas.js';
