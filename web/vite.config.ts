import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The client is served by the gateway from web/dist at the same origin as /api/v1 (no CORS). In
// development `npm run dev -w web` proxies the API to a gateway started by `make up`.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2020', chunkSizeWarningLimit: 400 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
