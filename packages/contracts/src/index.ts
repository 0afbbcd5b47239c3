export * from './permissions.ts';
export * from './errors.ts';
export * from './security-policy.ts';
export * from './workflow-instance.ts';
export * from './workflow-lists.ts';
export * from './workflow-monitor.ts';
export * from './workbench.ts';
