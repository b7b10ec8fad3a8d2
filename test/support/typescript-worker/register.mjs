// Loaded with `--import` into a worker thread that runs TypeScript sources.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
