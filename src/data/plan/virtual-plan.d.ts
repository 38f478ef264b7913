// The module served by planPlugin (vite-plugin.ts): the seed, parsed at build time.
declare module 'virtual:plan' {
  const plan: import('../types').Plan;
  export default plan;
}
