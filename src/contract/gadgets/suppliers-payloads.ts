import { baseSettings } from '../gadget-payloads';

export const suppliersSettings = baseSettings;
