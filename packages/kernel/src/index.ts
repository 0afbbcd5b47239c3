export * from './errors.ts';
export * from './result.ts';
export * from './clock.ts';
export * from './ids.ts';
export * from './current-user.ts';
