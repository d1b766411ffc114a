export * from './dates';
export * from './lessons';
export * from './marks';
export * from './finals';
export * from './movements';
export * from './thematic-plans';
