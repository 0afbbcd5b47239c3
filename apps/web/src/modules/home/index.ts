// The home feature's public surface.
export { Greeting } from './components/Greeting.tsx';
export { QuickLinks, type QuickLink } from './components/QuickLinks.tsx';
export { greetingFor, homeMessages } from './messages.ts';
