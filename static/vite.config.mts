// One build for every Custom UI surface: an HTML entry each, shared chunks, relative URLs (Forge serves
// a resource from its own path).
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** One HTML entry per surface (append only). */
const ENTRIES = [
  'panel',
  'context',
  'admin',
  'project',
  'gadget-at-risk',
  'gadget-finance',
  'gadget-satisfaction',
  'gadget-suppliers',
  'gadget-sla',
];

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  resolve: {
    alias: {
      '@contract': resolve(import.meta.dirname, '../src/contract'),
      '@atlaskit/feature-gate-js-client/feature-gates': resolve(import.meta.dirname, 'shared/feature-gates.ts'),
    },
  },
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: 'build',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000, // raw size; the budget that matters is gzipped initial JS (bench/bundle-size.ts)
    rolldownOptions: {
      input: Object.fromEntries(ENTRIES.map((e) => [e, resolve(import.meta.dirname, `${e}.html`)])),
    },
  },
});
