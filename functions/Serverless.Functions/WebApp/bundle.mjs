// Bundles the two npm libraries the web app uses into ES modules it serves itself (no CDN at run time).
// Run by the Function App's build: node bundle.mjs <output folder>.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = process.argv[2];
if (!outdir) {
  console.error('usage: node bundle.mjs <output folder>');
  process.exit(2);
}

await build({
  entryPoints: {
    chart: path.join(here, 'vendor-entries', 'chart.js'),
    msal: path.join(here, 'vendor-entries', 'msal.js'),
  },
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  legalComments: 'eof',
  outdir,
  logLevel: 'warning',
});
