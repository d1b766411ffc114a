export * from './dates';
export * from './lessons';
export * from './marks';
