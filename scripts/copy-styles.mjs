#!/usr/bin/env node
/** Part of `npm run build`: the page stylesheets the library ships, copied to dist/ beside the bundles. */
import {copyFileSync} from 'node:fs';

copyFileSync('src/reserve.css', 'dist/reserve.css');
