// The phone's form rendering, for the mobile pages (the desktop one is modules/forms/index.ts).
export {
  MobileFormRenderer,
  errorAt,
  type MobileFormRendererProps,
} from './MobileFormRenderer.tsx';
export { usePartyNames } from './usePartyNames.ts';
