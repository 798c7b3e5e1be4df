// One source manifest (manifest.json, with no version of its own) becomes three:
// - dist:    both background keys and Firefox's settings, so dist/ loads unpacked in Chrome and in Firefox;
// - chrome:  the store package for the Chrome Web Store: a service worker only, no Firefox keys
//            (Chrome warns on `background.scripts` in MV3 and on the unknown `browser_specific_settings`);
// - firefox: the package for addons.mozilla.org: background scripts only (web-ext lint warns that
//            Firefox ignores `background.service_worker`), with the add-on id.
// The version always comes from package.json: one number for the whole release.

export type ManifestTarget = 'dist' | 'chrome' | 'firefox';

export interface SourceManifest {
  manifest_version: number;
  name: string;
  description: string;
  version?: string;
  background: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings?: unknown;
  [key: string]: unknown;
}

/** A store version: 1 to 4 dot-separated integers (Chrome's rule; Firefox accepts the same). */
const STORE_VERSION = /^\d{1,9}(\.\d{1,9}){0,3}$/;

export function manifestFor(source: SourceManifest, version: string, target: ManifestTarget): SourceManifest {
  if (!STORE_VERSION.test(version)) throw new Error(`package.json version "${version}" is not a store version (1 to 4 numbers, no pre-release tag)`);
  if ('version' in source) throw new Error('manifest.json has a version of its own: remove it, package.json holds the one version');
  const { manifest_version, name, short_name, description, ...rest } = source;
  const out: SourceManifest = { manifest_version, name, short_name, description, version, ...rest, background: { ...source.background } };
  if (short_name === undefined) delete out.short_name;
  if (target === 'chrome') {
    delete out.background.scripts;
    delete out.browser_specific_settings;
  }
  if (target === 'firefox') delete out.background.service_worker;
  return out;
}
