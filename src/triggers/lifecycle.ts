// The app's life cycle events, avi:forge:installed:app and avi:forge:upgraded:app: prepare the schema. The
// payload (installation id, app version) changes nothing about what is done, so it is not read.

import { prepareInstallation } from '../app/lifecycle';

export async function lifecycle(): Promise<void> {
  await prepareInstallation();
}
