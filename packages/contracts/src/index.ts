export * from './permissions.ts';
export * from './errors.ts';
export * from './security-policy.ts';
