export * from './dev-secrets';
export * from './system';
