import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancedEnd, findAssignedJson, findCallJson, MAX_SCRIPT_CHARS, parseJsonAt, parseWholeJson, readableScripts } from './embedded-json';
import { inlineScriptsFromHtml } from './html-scripts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

describe('balancedEnd', () => {
  it.each([
    ['{}', 0, 2],
    ['{"a":"}"}; x', 0, 9],
    ['{"a":"\\"}"}', 0, 11], // an escaped quote does not end the string
    ['{"a":"\\\\"}', 0, 10], // an escaped backslash does
    ['x = [1,{"b":[2]}];', 4, 17],
    ['{"a":1', 0, -1],
    ['{"a":"unterminated}', 0, -1],
    ['nope', 0, -1],
  ])('balancedEnd(%j, %i) = %i', (text, start, end) => {
    expect(balancedEnd(text, start)).toBe(end);
  });

  it('finds the end of any JSON value followed by script', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.string(), (value, tail) => {
        const json = JSON.stringify(value);
        const result = parseJsonAt(`${json};${tail}`, 0);
        return result.ok && JSON.stringify(result.value) === json;
      }),
      { numRuns: RUNS },
    );
  });
});

describe('findAssignedJson', () => {
  it.each([
    ['var ytInitialData = {"a":1};', { a: 1 }],
    ['window["ytInitialData"] = {"a":2};', { a: 2 }],
    ["window['ytInitialData']={\"a\":3}", { a: 3 }],
    ['if (window.ytInitialData) {}; var ytInitialData = {"a":4};', { a: 4 }], // skips a mere mention
    ['var ytInitialData = {"s":"};var x = {"};', { s: '};var x = {' }],
  ])('%s', (script, expected) => {
    const found = findAssignedJson(script, 'ytInitialData');
    expect(found).toEqual({ ok: true, value: expected });
  });

  it('is undefined when nothing is assigned and a failure when the JSON is broken', () => {
    expect(findAssignedJson('console.log(ytInitialData)', 'ytInitialData')).toBeUndefined();
    expect(findAssignedJson('ytInitialData == {"a":1}', 'ytInitialData')).toBeUndefined();
    expect(findAssignedJson('var ytInitialData = {"a":1', 'ytInitialData')).toMatchObject({ ok: false });
    expect(findAssignedJson('var ytInitialData = {a:1};', 'ytInitialData')).toMatchObject({ ok: false });
  });
});

describe('findCallJson', () => {
  it('reads the object after the path argument', () => {
    expect(findCallJson("window.__additionalDataLoaded('/x/',{\"graphql\":{\"user\":{}}});", '__additionalDataLoaded')).toEqual({
      ok: true,
      value: { graphql: { user: {} } },
    });
    expect(findCallJson('window.__pendingAdditionalData(["/x/"]);', '__additionalDataLoaded')).toBeUndefined();
  });
});

describe('parseWholeJson', () => {
  it('parses JSON scripts and refuses the rest', () => {
    expect(parseWholeJson(' {"__DEFAULT_SCOPE__":{}} ')).toEqual({ ok: true, value: { __DEFAULT_SCOPE__: {} } });
    expect(parseWholeJson('var x = 1')).toMatchObject({ ok: false });
    expect(parseWholeJson('{"a":')).toMatchObject({ ok: false });
  });
});

describe('inlineScriptsFromHtml', () => {
  it('returns inline scripts with id and type, skipping external and empty ones', () => {
    const html = `<html><head><script src="/a.js"></script><script nonce="n">var a = 1;</script>
      <script id="__UNIVERSAL_DATA_FOR_REHYDRATION__" type="application/json">{"x":1}</script>
      <SCRIPT type='text/javascript'>b()</SCRIPT><script>  </script></head></html>`;
    expect(inlineScriptsFromHtml(html)).toEqual([
      { text: 'var a = 1;' },
      { id: '__UNIVERSAL_DATA_FOR_REHYDRATION__', type: 'application/json', text: '{"x":1}' },
      { type: 'text/javascript', text: 'b()' },
    ]);
  });

  it('never throws on random text', () => {
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(inlineScriptsFromHtml(`<script>${s}</script>${s}`))), { numRuns: RUNS });
  });
});

describe('readableScripts', () => {
  it.each([
    { scripts: null, texts: [], warnings: 0 },
    { scripts: 'not a list', texts: [], warnings: 0 },
    { scripts: ['a', { text: 'b' }, { text: 7 }, 42], texts: ['a', 'b', '', ''], warnings: 0 },
    { scripts: ['x'.repeat(MAX_SCRIPT_CHARS + 1), 'kept'], texts: ['kept'], warnings: 1 },
  ])('$scripts.length scripts → $texts', ({ scripts, texts, warnings }) => {
    const warned: string[] = [];
    expect(readableScripts(scripts, (m) => warned.push(m)).map((s) => s.text)).toEqual(texts);
    expect(warned).toHaveLength(warnings);
  });
});
