export * from './proto';
export * from './services';
export * from './events';
export * from './messages';
export * from './timestamp';
export * from './topology';
export * from './regional-subjects';
export * from './message-schemas';
