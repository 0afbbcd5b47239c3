export * from './permissions.ts';
export * from './errors.ts';
