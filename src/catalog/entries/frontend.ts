import { tech, type Tech } from '../types.js';

/** Web and mobile front ends. */
export const FRONTEND: Tech[] = [
  tech('react', 'React', 'frontend', ['reactjs', 'react.js', 'react-native']),
  tech('vue', 'Vue', 'frontend', ['vuejs', 'vue.js']),
  tech('angular', 'Angular', 'frontend', ['angularjs']),
  tech('svelte', 'Svelte', 'frontend', ['sveltekit']),
  tech('nextjs', 'Next.js', 'frontend', ['next', 'next.js']),
  tech('nuxt', 'Nuxt', 'frontend', ['nuxtjs', 'nuxt.js']),
  tech('flutter', 'Flutter', 'frontend'),
  tech('android', 'Android', 'frontend'),
  tech('apple', 'iOS', 'frontend', ['ios', 'macos']),
];
