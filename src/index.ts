import * as core from '@actions/core';
import { run } from './main.js';

await run({ core, env: process.env, cwd: process.cwd() });
