// The process catalogue's public surface (发起流程).
export { CatalogueScreen } from './components/CatalogueScreen.tsx';
export { ProcessCard } from './components/ProcessCard.tsx';
export {
  catalogueKeys,
  useCatalogue,
  useFavourites,
  useProcessForm,
  useRecentProcesses,
  useStar,
} from './hooks/queries.ts';
export { catalogueMessages } from './messages.ts';
export { StartScreen } from './components/StartScreen.tsx';
export { startApi, type ProcessForm } from './api/start.api.ts';
