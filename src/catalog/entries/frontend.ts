import { tech, type Tech } from '../types.js';

/** Web, mobile and desktop front ends. */
export const FRONTEND: Tech[] = [
  tech('react', 'React', 'frontend', ['reactjs', 'react.js', 'react-native']),
  tech('vue', 'Vue', 'frontend', ['vuejs', 'vue.js']),
  tech('angular', 'Angular', 'frontend', ['angularjs']),
  tech('svelte', 'Svelte', 'frontend', ['sveltekit']),
  tech('nextjs', 'Next.js', 'frontend', ['next', 'next.js']),
  tech('nuxt', 'Nuxt', 'frontend', ['nuxtjs', 'nuxt.js']),
  tech('solid', 'Solid', 'frontend', ['solidjs', 'solid.js', 'solidstart']),
  tech('astro', 'Astro', 'frontend'),
  tech('remix', 'Remix', 'frontend', ['remix-run', 'react-router']),
  tech('gatsby', 'Gatsby', 'frontend', ['gatsbyjs']),
  tech('ember', 'Ember.js', 'frontend', ['emberjs', 'ember.js']),
  tech('qwik', 'Qwik', 'frontend'),
  tech('htmx', 'htmx', 'frontend'),
  tech('flutter', 'Flutter', 'frontend'),
  tech('ionic', 'Ionic', 'frontend', ['capacitor']),
  tech('android', 'Android', 'frontend', [], { shape: 'mobile' }),
  tech('apple', 'iOS', 'frontend', ['ios', 'macos'], { shape: 'mobile' }),
  tech('electron', 'Electron', 'frontend', ['electronjs']),
  // Tauri's mark is CC-BY-NC-ND: generic glyph, brand colour kept.
  tech('tauri', 'Tauri', 'frontend', [], { icon: 'desktop', color: '#24C8D8' }),
];
