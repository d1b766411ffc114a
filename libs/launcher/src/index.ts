export * from './dev-secrets';
export * from './credentials';
export * from './system';
export * from './broker-users';
