export * from './act-deadline.js';
export * from './act-labels.js';
export * from './deadline-moves.js';
export * from './headline-deadline.js';
export * from './todo.js';
export * from './visit-deadlines.js';
