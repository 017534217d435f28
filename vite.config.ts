import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Storybook merges this file into its own build: keep it to what both need.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: true,
  },
});
