/** The static server the tests serve the built site with: src/site/static-server.ts (the bench uses it too). */
export * from '../../src/site/static-server.ts';
