import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The API reference at /docs: openapi.yaml rendered by Swagger UI (swagger-ui-dist, static files
 * from node_modules, so it works offline; the validator badge, its one outside call, is off).
 * "Try it out" calls this same server, whose servers entry is `/api`.
 */

const OPENAPI_PATH = new URL('../../src/contract/openapi.yaml', import.meta.url);

const swaggerDirectory = dirname(
  createRequire(import.meta.url).resolve('swagger-ui-dist/swagger-ui-bundle.js'),
);

/** The files /docs/ serves from swagger-ui-dist, by name, with their content types. */
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const INIT_SCRIPT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '/openapi.yaml',
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
});
`;

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Connection Requests API — mock backend</title>
    <link rel="icon" type="image/png" href="favicon-32x32.png" />
    <link rel="stylesheet" href="swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="swagger-ui-bundle.js"></script>
    <script src="init.js"></script>
  </body>
</html>
`;

export interface StaticFile {
  body: Buffer | string;
  contentType: string;
}

const cache = new Map<string, Buffer>();

/** A file under /docs/ by its name ('' is the page), or undefined when there is none. */
export function docsFile(name: string): StaticFile | undefined {
  if (name === '' || name === 'index.html') {
    return { body: PAGE, contentType: 'text/html; charset=utf-8' };
  }
  if (name === 'init.js')
    return { body: INIT_SCRIPT, contentType: 'text/javascript; charset=utf-8' };
  const contentType = ASSETS[name];
  if (contentType === undefined) return undefined;
  let body = cache.get(name);
  if (body === undefined) {
    body = readFileSync(join(swaggerDirectory, name));
    cache.set(name, body);
  }
  return { body, contentType };
}

/** The contract itself, at /openapi.yaml (read per request: it is the file in the repository). */
export function openApiFile(): StaticFile {
  return { body: readFileSync(OPENAPI_PATH), contentType: 'application/yaml; charset=utf-8' };
}
