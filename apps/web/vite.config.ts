import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// One web app, served by the server from apps/web/dist. In `npm run dev -w @yuanwu/web`
// the API is proxied to the server on port 3000.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
