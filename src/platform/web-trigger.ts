// The installation's URL of a web trigger module (Forge makes one per installation and keeps it).

import { webTrigger } from '@forge/api';

export async function webTriggerUrl(moduleKey: string): Promise<string> {
  return webTrigger.getUrl(moduleKey);
}
