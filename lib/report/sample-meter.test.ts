import { describe, expect, it } from 'vitest';
import { confidenceOf, confidenceOfRange, sampleMeter, type Confidence, type NextStep } from './sample-meter';

describe('sampleMeter', () => {
  it.each<[number, number, Confidence, NextStep]>([
    [0, 0, 'low', { kind: 'first-post' }],
    [0, 3, 'low', { kind: 'first-post' }],
    [12, 0, 'low', { kind: 'first-post' }],
    [12, 1, 'low', { kind: 'more-posts', posts: 8 }],
    [40, 2, 'medium', { kind: 'more-posts', posts: 3 }],
    [99, 9, 'medium', { kind: 'more-posts', posts: 1 }],
    [100, 9, 'high', { kind: 'enough' }],
    [5_000, 40, 'high', { kind: 'enough' }],
  ])('%i commenters on %i posts → %s, %j', (commenters, posts, confidence, next) => {
    expect(sampleMeter(commenters, posts)).toEqual({ commenters, target: 100, confidence, next });
  });

  it.each<[number, Confidence]>([
    [0, 'low'],
    [29, 'low'],
    [30, 'medium'],
    [99, 'medium'],
    [100, 'high'],
  ])('confidenceOf(%i) = %s', (n, word) => {
    expect(confidenceOf(n)).toBe(word);
  });
});

describe('confidenceOfRange', () => {
  it.each<[number, number, Confidence]>([
    [0.45, 0.55, 'high'],
    [0.4, 0.6, 'medium'],
    [0.3, 0.55, 'medium'],
    [0.2, 0.6, 'low'],
    [0, 1, 'low'],
  ])('%d–%d → %s', (low, high, word) => {
    expect(confidenceOfRange(low, high)).toBe(word);
  });
});
