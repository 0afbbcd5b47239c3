// The forms feature's public surface: the desktop renderer and its form state.
export { FormRenderer, type FormRendererProps } from './components/FormRenderer.tsx';
export { ReadOnlyValue } from './components/ReadOnlyValue.tsx';
export { useFormState, type FormState, type FormValues } from './hooks/useFormState.ts';
export { submittableValues } from './submission.ts';
export { rootKey, messagesAt, messagesUnder } from './paths.ts';
export { formatMoney, formatNumber, formatSize } from './format.ts';
export { formsMessages } from './messages.ts';
