/**
 * The content checks in a worker thread, so `astro build` can set up Vite on the main thread
 * meanwhile (`checkInWorker` in `content-checks.ts`). Node strips the types itself, as for
 * the scripts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runContentChecks } from './content-checks.ts';

parentPort!.postMessage(await runContentChecks((workerData as { root: string }).root));
