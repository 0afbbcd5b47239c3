// The form designer's public surface for pages: the designer and the print layout.
export { FormDesignerScreen } from './components/FormDesignerScreen.tsx';
export { PrintScreen } from './print/PrintScreen.tsx';
export { formDesignerMessages } from './messages.ts';
