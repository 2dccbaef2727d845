/** The parts of Eleventy's dev server (CommonJS, untyped) that `npm start` uses. */
declare module '@11ty/eleventy-dev-server' {
  interface DevServerOptions {
    port?: number;
    headers?: Record<string, string>;
    domDiff?: boolean;
    messageOnStart?: () => string | false;
  }
  interface DevServer {
    serve(port: number): void;
    /** Tells every open page to reload. */
    reload(event: Record<string, never>): void;
    close(): Promise<void>;
  }
  const EleventyDevServer: { getServer(name: string, dir: string, options?: DevServerOptions): DevServer };
  export default EleventyDevServer;
}
