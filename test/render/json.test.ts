import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json.js';
import { renderNdjson } from '../../src/render/ndjson.js';
import { SAMPLE } from './sample-result.js';

describe('renderJson', () => {
  it('prints the contract object, 2-space indented, with a trailing newline', () => {
    const out = renderJson(SAMPLE);
    expect(out.endsWith('}\n')).toBe(true);
    expect(out.split('\n')[1]).toBe('  "jpai": "1.0.0",');
    const parsed = JSON.parse(out);
    expect(Object.keys(parsed)).toEqual(['jpai', 'schemaVersion', 'documents', 'errors']);
    expect(Object.keys(parsed.documents[0])).toEqual(['path', 'title', 'sha256', 'chars', 'words', 'entities']);
    expect(parsed.documents[0].entities).toEqual(SAMPLE.documents[0].entities);
    expect(parsed.errors).toEqual(SAMPLE.errors);
  });

  it('leaves out anything a document carries beyond the contract (its text)', () => {
    const withText = { ...SAMPLE, documents: [{ ...SAMPLE.documents[1], text: 'secret', plain: 'x' }] };
    expect(renderJson(withText)).not.toContain('secret');
  });
});

describe('renderNdjson', () => {
  it('prints one document object per line and nothing else', () => {
    const lines = renderNdjson(SAMPLE).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).path)).toEqual(['clips/meti, "subsidy".txt', 'clips/empty-of-entities.txt']);
    expect(JSON.parse(lines[0]).entities).toHaveLength(5);
  });
});
