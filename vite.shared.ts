// What the three builds share: the import aliases (the same as tsconfig.json's paths).
import { resolve } from 'node:path';

export const root = import.meta.dirname;
export const alias = { '@core': resolve(root, 'src/core'), '@shared': resolve(root, 'src/shared') };
