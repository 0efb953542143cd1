import type { ShortlistRow, ShortlistView } from '../../lib/shortlists/rows';

export function row(overrides: Partial<ShortlistRow> = {}): ShortlistRow {
  return {
    entryId: 'list-1|youtube:lenatravels',
    profileId: 'youtube:lenatravels',
    platform: 'youtube',
    handle: 'lenatravels',
    displayName: 'Lena Travels',
    captured: true,
    followers: 245_000,
    engagement: { rate: 0.0421, n: 6 },
    growth: { change: 1_200, per30Days: 900, relativePer30Days: 0.0037, n: 3 },
    commenters: 42,
    fits: [{ personaId: 'p1', personaName: 'Travellers', score: 71.25, low: 60.5, high: 80.1, n: 40, source: 'segments' }],
    note: '',
    tags: [],
    status: 'candidate',
    addedAt: Date.UTC(2026, 10, 1),
    updatedAt: Date.UTC(2026, 10, 2),
    ...overrides,
  };
}

export function view(rows: ShortlistRow[]): ShortlistView {
  return {
    shortlist: { id: 'list-1', name: 'Spring, “2026”', createdAt: Date.UTC(2026, 10, 1), updatedAt: Date.UTC(2026, 10, 2) },
    personas: [{ id: 'p1', name: 'Travellers' }],
    rows,
  };
}
