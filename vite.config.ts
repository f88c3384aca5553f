import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

export default defineConfig({
  root: 'web',
  plugins: [solid()],
  // The one way web code reaches server code: @contract (answer types) and @contract/domain (pure domain code).
  resolve: { alias: [{ find: /^@contract(?=$|\/)/, replacement: fileURLToPath(new URL('./server/contract', import.meta.url)) }] },
  build: { outDir: '../dist/web', emptyOutDir: true, target: 'es2022' },
  server: { proxy: { '/api': 'http://localhost:3000', '/v': { target: 'http://localhost:5173', bypass: () => '/index.html' } } },
});
