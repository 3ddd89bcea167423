// Before all tests: the page is built once, so browser and API tests serve the real bundle.
import { buildWeb } from '../../web/build.ts';

export default async function setup(): Promise<void> {
  await buildWeb();
}
