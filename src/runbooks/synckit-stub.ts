/**
 * Stand-in for `synckit`, which `recheck` requires at load time for its worker-thread backend. The bundle runs
 * recheck with the pure backend (RECHECK_SYNC_BACKEND=pure is defined at build time), so synckit is never called;
 * bundling the real one fails because it resolves its own file through `import.meta.url` from CommonJS.
 */
export function createSyncFn(): never {
  throw new Error('recheck: only the pure backend is bundled');
}
export function runAsWorker(): never {
  throw new Error('recheck: only the pure backend is bundled');
}
