// 流程设计: process management and the nested designer (routes /workflow/design…).
export { ProcessListScreen } from './components/ProcessListScreen.tsx';
export { DesignerScreen } from './components/DesignerScreen.tsx';
export { designerMessages } from './messages.ts';
export type { ProcessDefinition } from './model/definition.ts';
export { createKeptEdits } from './hooks/keptEdits.ts';
export { newProcessDefinition } from './model/newProcess.ts';
