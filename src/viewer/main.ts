// Entry point of the browser viewer: reads the page's boot data (inert JSON) and starts the app.
import { App } from './app.js';
import type { ViewerBoot } from './contract.js';
import { startIndex } from './index-page.js';
import { sourceOf } from './source.js';

function boot(): void {
  const root = document.getElementById('app');
  const data = document.getElementById('neonarch-boot')?.textContent;
  if (!data) return;
  const config = JSON.parse(data) as ViewerBoot;
  if (config.mode === 'index') return startIndex(config);
  if (!root) return;
  const app = new App(root, sourceOf(config));
  // Tests and the bench drive the app through this handle; nothing else reads it.
  (window as unknown as { neonarch: App }).neonarch = app;
  void app.start();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
else boot();
