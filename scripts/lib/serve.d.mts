export type StaticServer = { url: string; port: number; requests: string[]; close: () => Promise<void> };
export function serveStatic(root: string, options?: { port?: number; log?: boolean }): Promise<StaticServer>;
