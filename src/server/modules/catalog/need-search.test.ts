import { describe, expect, it } from 'vitest';
import { loadCatalog } from './catalog.js';
import { searchByNeed } from './need-search.js';

describe('search by need', () => {
  const catalog = loadCatalog();

  it('finds webinar tools and puts the organisation’s approved ones first', () => {
    const bare = searchByNeed(catalog, 'webinar', []);
    expect(bare.length).toBeGreaterThan(5);
    expect(bare.every((h) => h.why.length > 0)).toBe(true);
    const on24 = catalog.findByAlias('ON24')[0];
    const zoomWebinars = bare.find((h) => /webinar/i.test(h.app.name) && h.app.id !== on24.id)!;
    const ranked = searchByNeed(catalog, 'webinar', [
      { id: 'a', name: 'ON24', lifecycleStatus: 'approved', catalogId: on24.id },
      { id: 'b', name: zoomWebinars.app.name, lifecycleStatus: 'retired', catalogId: zoomWebinars.app.id },
    ], 500);
    expect(ranked[0].app.id).toBe(on24.id);
    expect(ranked[0].inventory?.lifecycleStatus).toBe('approved');
    // A retired tool sinks below tools nobody has tried yet.
    expect(ranked.findIndex((h) => h.app.id === zoomWebinars.app.id)).toBeGreaterThan(bare.findIndex((h) => h.app.id === zoomWebinars.app.id));
  });

  it('understands multi-word needs', () => {
    const hits = searchByNeed(catalog, 'email marketing', []);
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.slice(0, 10).some((h) => h.app.category === 'email_automation')).toBe(true);
    expect(searchByNeed(catalog, 'survey', []).slice(0, 10).map((h) => h.app.name).join(' ')).toMatch(/Typeform|SurveyMonkey|Qualtrics/);
    expect(searchByNeed(catalog, '', [])).toEqual([]);
  });
});
