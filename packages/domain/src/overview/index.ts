export * from './findings-overview.js';
export * from './on-time-rates.js';
export * from './overview-input.js';
export * from './plan-progress.js';
export * from './plan-rollup.js';
export * from './recommendation-ages.js';
export * from './responsibility-overview.js';
