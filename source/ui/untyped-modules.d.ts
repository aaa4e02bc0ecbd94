// React's scheduler and reconciler and two of Ink's dependencies ship without types; load-in-steps.ts
// imports them only to load them ahead of Ink, a step at a time.
declare module 'scheduler';
declare module 'react-reconciler';
declare module 'signal-exit';
declare module 'stack-utils';
