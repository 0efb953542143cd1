/**
 * The notices of the third-party code and data the extension ships, as one text file in the
 * built extension (THIRD-PARTY-NOTICES.txt): MIT, BSD, ISC, Apache-2.0 and MPL-2.0 all ask
 * that their notice travel with every copy, and a minified bundle drops the one in each file.
 * The build (wxt.config.ts) lists exactly the modules that went into a bundle; this file turns
 * them into the text. Pure: reading package.json and licence files is the caller's job.
 */

export interface Notice {
  /** The package name, or what a vendored data file is. */
  name: string;
  version?: string;
  /** SPDX expression as the package states it. */
  license: string;
  /** The licence text the package or data ships, when it ships one. */
  text?: string;
}

/** Where the package that holds a module lives: the path through its last node_modules/<name>. */
export function packageRootOf(moduleId: string): string | undefined {
  const file = moduleId.split('?')[0]!.replace(/^\0+/, '').replaceAll('\\', '/');
  const at = file.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const rest = file.slice(at + '/node_modules/'.length).split('/');
  const depth = rest[0]?.startsWith('@') ? 2 : 1;
  if (rest.length <= depth || rest.slice(0, depth).some((part) => part === '')) return undefined;
  return file.slice(0, at + '/node_modules/'.length) + rest.slice(0, depth).join('/');
}

/** A package's licence file among its top-level file names: LICENSE, LICENCE.md, COPYING … */
export function licenseFileOf(fileNames: readonly string[]): string | undefined {
  const candidates = fileNames.filter((name) => /^(licen[cs]e|copying)([.-].*)?$/i.test(name));
  return candidates.sort((a, b) => a.length - b.length || a.localeCompare(b))[0];
}

/** The file's text: one section a notice, by name, each package@version once. */
export function formatNotices(notices: readonly Notice[]): string {
  const unique = new Map<string, Notice>();
  for (const notice of notices) unique.set(`${notice.name}@${notice.version ?? ''}`, notice);
  const sorted = [...unique.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.version ?? '').localeCompare(b.version ?? '', 'en'));
  const sections = sorted.map((n) => {
    const head = `${n.name}${n.version ? ` ${n.version}` : ''} (${n.license})`;
    const body = n.text?.trim() || `The package states the ${n.license} licence and ships no licence text of its own.`;
    return `${head}\n${'-'.repeat(head.length)}\n\n${body}\n`;
  });
  return [
    'Persona Lens ships the following third-party code and data. Their notices follow, one section each.',
    '',
    ...sections,
  ].join('\n');
}
