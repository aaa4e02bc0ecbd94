// React's scheduler and reconciler ship without types; load-in-steps.ts imports them only to load them
// ahead of Ink, a step at a time.
declare module 'scheduler';
declare module 'react-reconciler';
