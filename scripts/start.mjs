// `npm start`: build if needed, then serve the production app on localhost. Works offline.
import { buildIfNeeded } from './lib/build-if-needed.mjs';
import { serveStatic } from './lib/serve.mjs';

buildIfNeeded();
const wanted = Number(process.env.PORT ?? 4173);
let server;
try {
  server = await serveStatic('dist', { port: wanted });
} catch {
  server = await serveStatic('dist', { port: 0 }); // the usual port is taken: any free one
}
console.log(`\nNew Areas Atlas is running at ${server.url}\n(press Ctrl+C to stop)`);
