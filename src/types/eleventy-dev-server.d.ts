/** The parts of Eleventy's dev server (CommonJS, untyped) that `npm start` uses. */
declare module '@11ty/eleventy-dev-server' {
  import type { IncomingMessage, Server, ServerResponse } from 'node:http';
  interface DevServerOptions {
    port?: number;
    headers?: Record<string, string>;
    domDiff?: boolean;
    messageOnStart?: () => string | false;
  }
  class EleventyDevServer {
    constructor(name: string, dir: string, options?: DevServerOptions);
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    /** The HTTP server, created on first access. */
    readonly server: Server;
    serve(port: number): void;
    /** Tells every open page to reload. */
    reload(event: Record<string, never>): void;
    close(): Promise<void>;
    /** Handles one request (the server's request listener). */
    onRequestHandler(req: IncomingMessage, res: ServerResponse): Promise<void>;
    /** Attaches the live-reload WebSocket server to `server` ('upgrade' listener), once it listens. */
    setupReloadNotifier(): void;
    /** Starts listening; called again with the next port when one is taken. */
    _serverListen(port: number): void;
  }
  export default EleventyDevServer;
}
